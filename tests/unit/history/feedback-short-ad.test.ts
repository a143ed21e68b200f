// A "false alarm" mark reaches the history entry even for a short ad, whose fingerprint includes its title.
import 'fake-indexeddb/auto';
import { beforeEach, expect, it } from 'vitest';
import { engineFromDisk } from '../../../src/engine/node-rules';
import { addFeedback, clearHistory, listEntries, recordScan } from '../../../src/history';

const url = 'https://classifieds.example/ad/5';
const ad = {
  title: 'Cleaner',
  description: 'We keep your passport.',
  extractor: 'generic' as const,
  position: { index: 0 },
};

beforeEach(() => clearHistory());

it('marks the entry of a short ad as a false alarm', async () => {
  const result = engineFromDisk().scan({ title: ad.title, description: ad.description });
  expect(result.level).toMatch(/medium|high/);
  expect(await recordScan({ url, site: 'classifieds.example', ad, result })).toMatchObject({ ok: true });
  await addFeedback({ kind: 'false-alarm', url, text: ad.description, rule: 'documents.retained' });
  const [entry] = await listEntries();
  expect(entry?.status).toBe('false-alarm');
});
