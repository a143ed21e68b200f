import { describe } from 'vitest';
import { runLanguageCases } from './run-cases';

describe('Indonesian/Malay pack (id)', () => runLanguageCases('id'));
