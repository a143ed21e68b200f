// @vitest-environment happy-dom
// Popup pieces added for the case history: the "false alarm / missed" mark (what is sent, what the user is told),
// the "History is full" notice driven by the background's storage.session status, and the link to the history page.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HISTORY_STATUS_KEY as BACKGROUND_KEY } from '../../../src/background/history-status';
import { HISTORY_STRINGS } from '../../../src/history/strings';
import { CaseHistoryLink } from '../../../src/ui/components/CaseHistoryLink';
import { FeedbackButton, ruleList } from '../../../src/ui/components/FeedbackButton';
import { HistoryNotice } from '../../../src/ui/components/HistoryNotice';
import { HISTORY_STATUS_KEY, parseHistoryStatus } from '../../../src/ui/history-status';
import { BackgroundError, sendFeedback } from '../../../src/ui/messaging';

let root: HTMLElement;
const sent: unknown[] = [];

function answer(reply: (message: Record<string, unknown>) => unknown) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve(reply(message as Record<string, unknown>));
  });
}

/** Lets pending promises and Preact's debounced re-render run. */
async function settle(condition: () => boolean) {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
}

const stored = (kind: string) => ({
  ok: true,
  feedback: { id: 'f1', kind, url: 'https://jobs.example.com/1', site: 'jobs.example.com', createdAt: 1 },
});

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('sendFeedback', () => {
  it('sends a history-feedback message and returns the validated reply', async () => {
    answer(() => stored('missed'));
    const reply = await sendFeedback({ kind: 'missed', url: 'https://jobs.example.com/1', text: 'Ad text' });
    expect(reply).toMatchObject({ ok: true, feedback: { kind: 'missed' } });
    expect(sent).toEqual([
      { type: 'history-feedback', kind: 'missed', url: 'https://jobs.example.com/1', text: 'Ad text' },
    ]);
  });

  it('passes a refusal through, and rejects a malformed or missing reply', async () => {
    answer(() => ({ ok: false, reason: 'quota', message: 'History is full' }));
    expect(await sendFeedback({ kind: 'missed', url: 'u' })).toEqual({
      ok: false,
      reason: 'quota',
      message: 'History is full',
    });
    fakeBrowser.reset();
    answer(() => ({ ok: true }));
    await expect(sendFeedback({ kind: 'missed', url: 'u' })).rejects.toBeInstanceOf(BackgroundError);
    fakeBrowser.reset();
    answer(() => null);
    await expect(sendFeedback({ kind: 'missed', url: 'u' })).rejects.toThrow('did not accept');
  });
});

describe('FeedbackButton', () => {
  it('marks a false alarm with the ad, says it was saved and links to the case history', async () => {
    answer(() => stored('false-alarm'));
    const feedback = {
      kind: 'false-alarm' as const,
      url: 'https://jobs.example.com/1',
      text: 'T',
      rule: 'a | b',
    };
    render(<FeedbackButton feedback={feedback} />, root);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="feedback-false-alarm"]')!;
    expect(button.textContent).toBe('Looks fine – false alarm');
    expect(button.getAttribute('aria-describedby')).toBe(root.querySelector('.hint')?.id);
    button.click();
    await settle(() => !!root.querySelector('[role="status"] a'));
    expect(sent).toEqual([{ type: 'history-feedback', ...feedback }]);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('your mark is saved');
    expect(root.querySelector('[role="status"] a')?.getAttribute('href')).toMatch(/\/case-history\.html$/);
    // Saved once: the button is gone, so the same mark is not stored twice.
    expect(root.querySelector('[data-testid="feedback-false-alarm"]')).toBeNull();
    // ...and keyboard focus moves to the confirmation instead of being lost.
    await settle(() => document.activeElement === root.querySelector('[role="status"]'));
    expect(document.activeElement).toBe(root.querySelector('[role="status"]'));
  });

  it('shows why a mark was not saved, and lets the user try again', async () => {
    answer(() => ({ ok: false, reason: 'quota', message: 'History is full' }));
    render(<FeedbackButton feedback={{ kind: 'missed', url: 'https://x.example/' }} />, root);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="feedback-missed"]')!;
    expect(button.textContent).toBe('I think this ad is risky – it was missed');
    button.click();
    await settle(() => !!root.querySelector('[role="alert"]')?.textContent);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Your mark could not be saved: History is full',
    );
    expect(root.querySelector<HTMLButtonElement>('[data-testid="feedback-missed"]')?.disabled).toBe(false);
  });
});

describe('ruleList', () => {
  it('joins unique rule ids and cuts at a whole id', () => {
    expect(ruleList(['a', 'b', 'a'])).toBe('a | b');
    expect(ruleList([])).toBeUndefined();
    expect(ruleList(['x'.repeat(150), 'y'.repeat(60)])).toBe('x'.repeat(150));
  });
});

describe('HistoryNotice', () => {
  it('uses the key the background writes', () => {
    expect(HISTORY_STATUS_KEY).toBe(BACKGROUND_KEY);
  });

  it('shows nothing while history is recorded fine', async () => {
    await fakeBrowser.storage.session.set({ [HISTORY_STATUS_KEY]: { ok: true, at: 1 } });
    render(<HistoryNotice />, root);
    await settle(() => false);
    expect(root.querySelector('[data-testid="history-problem"]')).toBeNull();
  });

  it('shows the background message with a link to the case history when recording failed', async () => {
    const message = HISTORY_STRINGS.history_full;
    await fakeBrowser.storage.session.set({ [HISTORY_STATUS_KEY]: { ok: false, message, at: 2 } });
    render(<HistoryNotice />, root);
    await settle(() => !!root.querySelector('[data-testid="history-problem"]'));
    const notice = root.querySelector('[data-testid="history-problem"]')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('History is full: export and delete old entries');
    expect(notice.querySelector('a')?.textContent).toBe('Open the case history');
  });

  it('appears and disappears as the background writes a new status', async () => {
    render(<HistoryNotice />, root);
    await settle(() => false);
    expect(root.querySelector('[data-testid="history-problem"]')).toBeNull();
    await fakeBrowser.storage.session.set({
      [HISTORY_STATUS_KEY]: { ok: false, message: 'Disk full', at: 3 },
    });
    await settle(() => !!root.querySelector('[data-testid="history-problem"]'));
    expect(root.textContent).toContain('Disk full');
    await fakeBrowser.storage.session.set({ [HISTORY_STATUS_KEY]: { ok: true, at: 4 } });
    await settle(() => !root.querySelector('[data-testid="history-problem"]'));
    expect(root.querySelector('[data-testid="history-problem"]')).toBeNull();
  });

  it('ignores a status that does not fit the schema', () => {
    expect(parseHistoryStatus({ ok: 'no' })).toBeNull();
    expect(parseHistoryStatus(undefined)).toBeNull();
    expect(parseHistoryStatus({ ok: false, at: 1 })).toEqual({ ok: false, at: 1 });
  });
});

describe('CaseHistoryLink', () => {
  it('opens the case history page in a new tab', async () => {
    let opened = false;
    render(<CaseHistoryLink onOpened={() => (opened = true)} />, root);
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('Case history');
    link.click();
    await settle(() => opened);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/case-history.html'));
  });
});
