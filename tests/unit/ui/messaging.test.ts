import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabIdFromQuery } from '../../../entrypoints/popup/tab';
import { BackgroundError, getTabState, scanText } from '../../../src/ui/messaging';
import { SAMPLE_AD, sampleResult } from '../report/sample';

function answer(reply: (message: { type: string }) => unknown) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    Promise.resolve(reply(message as { type: string })),
  );
}

describe('background replies are validated before the popup uses them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts a well-formed tab state and null (not scanned yet)', async () => {
    const state = {
      url: 'https://jobs.example.com/1',
      pageKind: 'detail',
      scannedAt: 1,
      ads: [{ index: 0, ad: SAMPLE_AD, result: sampleResult() }],
    };
    answer(() => state);
    expect((await getTabState(1))?.ads[0]?.result.flags).toHaveLength(2);
    fakeBrowser.reset();
    answer(() => null);
    expect(await getTabState(1)).toBeNull();
  });

  it('rejects a malformed reply and surfaces a background error', async () => {
    answer(() => ({
      url: 'x',
      pageKind: 'detail',
      scannedAt: 1,
      ads: [{ index: 0, result: { level: 'severe' } }],
    }));
    await expect(getTabState(1)).rejects.toBeInstanceOf(BackgroundError);
    fakeBrowser.reset();
    answer(() => ({ error: 'engine not ready' }));
    await expect(scanText('hello')).rejects.toThrow('engine not ready');
  });
});

describe('popup opened as a page', () => {
  it('reads ?tabId=N and ignores anything else', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=4x')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});
