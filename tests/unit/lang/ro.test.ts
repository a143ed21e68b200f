import { describe } from 'vitest';
import { runLanguageCases } from './run-cases';

describe('Romanian pack (ro)', () => runLanguageCases('ro'));
