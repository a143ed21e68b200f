import { describe } from 'vitest';
import { runLanguageCases } from './run-cases';

describe('Spanish pack (es)', () => runLanguageCases('es'));
