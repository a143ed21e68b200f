import { describe } from 'vitest';
import { runLanguageCases } from './run-cases';

describe('French pack (fr)', () => runLanguageCases('fr'));
