// @vitest-environment happy-dom
// The thin gate on automatically scanned sites: silent on ordinary pages (no extension API touched), one
// "gate-passed" message on a job page.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { startGate } from '../../../src/content/gate-script';

const sendMessage = vi.fn(async (_message: unknown) => undefined);
const scope = globalThis as unknown as Record<string, unknown>;
let savedBrowser: unknown;

beforeEach(() => {
  savedBrowser = scope.browser;
  scope.browser = { runtime: { sendMessage } };
  delete scope.__adRiskLensGate;
  sendMessage.mockClear();
});
afterEach(() => {
  scope.browser = savedBrowser;
});

function page(title: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument(title);
  doc.body.innerHTML = body;
  return doc;
}

it('does nothing on a page that is neither an ad nor a listing', () => {
  startGate(page('Banana bread recipe', '<h1>Banana bread</h1><p>Mix the flour and the bananas.</p>'));
  expect(sendMessage).not.toHaveBeenCalled();
});

it('asks for the full content script once on a job page', () => {
  const doc = page('Job vacancies', '<h1>Job vacancies</h1><p>Waitress wanted.</p>');
  startGate(doc);
  startGate(doc); // injected twice: still one message
  expect(sendMessage).toHaveBeenCalledTimes(1);
  expect(sendMessage.mock.calls[0]?.[0]).toMatchObject({ type: 'gate-passed' });
});
