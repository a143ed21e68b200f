import { describe } from 'vitest';
import { runLanguageCases } from './run-cases';

describe('Portuguese pack (pt)', () => runLanguageCases('pt'));
