// Where the team's shared reference data lives (never copied into the project). Tests that need it skip
// with a clear reason when it is absent.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED_DATA = process.env.SHARED_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'data');
export const HAS_SHARED_DATA = existsSync(SHARED_DATA);
export const SHARED_DATA_SKIP_REASON = `shared data not found at ${SHARED_DATA} (set SHARED_DATA to its path)`;

if (!HAS_SHARED_DATA) console.warn(`[tests] skipping real-page tests: ${SHARED_DATA_SKIP_REASON}`);
