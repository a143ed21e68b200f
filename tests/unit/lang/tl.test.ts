import { describe } from 'vitest';
import { runLanguageCases } from './run-cases';

describe('Tagalog pack (tl)', () => runLanguageCases('tl'));
