// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, PAGE_SIZE } from '../../../src/history/page/App';
import { HistoryStore } from '../../../src/history/store';
import { AD_TEXT, flag, freshStore, result, scan } from './helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function settle(times = 5) {
  for (let i = 0; i < times; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

/** Until the page shows the whole history (the first screen comes from the most recent entries only). */
async function loaded() {
  await vi.waitFor(
    async () => {
      await settle(1);
      const text = root.textContent ?? '';
      if (!text.includes('on this device only') || text.includes('loading the rest'))
        throw new Error('still loading');
    },
    { timeout: 10_000, interval: 20 },
  );
}

async function mount(store = freshStore(), { untilAllLoaded = true } = {}) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App store={store} />, root));
  if (untilAllLoaded) await loaded();
  return store;
}

const rowsShown = () => [...root.querySelectorAll('tbody tr')];
const input = (label: RegExp) => {
  const found = [...root.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''));
  return found?.querySelector('input, select, textarea') as HTMLInputElement | HTMLSelectElement;
};
async function change(element: HTMLInputElement | HTMLSelectElement, value: string, event = 'change') {
  element.value = value;
  await act(() => {
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

describe('history page', () => {
  it('says so when history is empty', async () => {
    await mount();
    expect(root.textContent).toContain('No ads in history yet');
  });

  it('lists entries, searches text, filters by status and changes a status', async () => {
    const store = freshStore();
    await store.recordScan(scan('https://a.example/1', AD_TEXT, 'high', 1000));
    await store.recordScan({
      url: 'https://b.example/2',
      ad: {
        title: 'Call centre abroad',
        description: 'Customer service job in another country, visa fee deducted from salary.',
      },
      result: result('medium', [flag('fee-deducted', 'visa fee deducted from salary')]),
      now: 2000,
    });
    await mount(store);
    expect(rowsShown()).toHaveLength(2);
    expect(rowsShown()[0]!.textContent).toContain('Call centre abroad'); // newest first

    await change(input(/Search/), 'passport safe', 'input');
    expect(rowsShown().map((r) => r.textContent)).toEqual([expect.stringContaining('Hostess job in Dubai')]);
    await change(input(/Search/), '', 'input');

    const status = root.querySelector('select[aria-label="Status: Call centre abroad"]') as HTMLSelectElement;
    await change(status, 'reported');
    expect((await store.listEntries()).find((e) => e.site === 'b.example')?.status).toBe('reported');

    await change(input(/^Status/), 'reported');
    expect(rowsShown()).toHaveLength(1);
    expect(root.querySelector('[data-testid="count"]')!.textContent).toBe('1 of 2 entries');
    await change(input(/^Status/), '');

    await change(input(/^Level/), 'high');
    expect(rowsShown().map((r) => r.textContent)).toEqual([expect.stringContaining('Hostess job in Dubai')]);
    await change(input(/^Level/), '');
    await change(input(/^Site/), 'b.example');
    expect(rowsShown().map((r) => r.textContent)).toEqual([expect.stringContaining('Call centre abroad')]);
    await change(input(/^Site/), '');
    await change(input(/^Last seen/), '1');
    expect(rowsShown()).toHaveLength(0); // both were seen at the start of 1970
    await change(input(/^Last seen/), '');
    expect(rowsShown()).toHaveLength(2);
  });

  it('renders page text as text, never as markup', async () => {
    const store = freshStore();
    await store.recordScan(scan('https://x.example/', `<img src=x onerror="alert(1)"> ${AD_TEXT}`, 'high'));
    await mount(store);
    expect(root.querySelector('img')).toBeNull();
    expect(rowsShown()[0]!.textContent).toContain('<img src=x');
  });

  it('pages long lists and applies a bulk status to every matching entry', async () => {
    const store = freshStore();
    await store.recordScans(
      Array.from({ length: PAGE_SIZE + 20 }, (_, i) =>
        scan(`https://p.example/${i}`, `${AD_TEXT} number ${i}`, 'high', i + 1),
      ),
    );
    await mount(store);
    expect(rowsShown()).toHaveLength(PAGE_SIZE);
    expect(root.textContent).toContain(`Page 1 of ${Math.ceil((PAGE_SIZE + 20) / PAGE_SIZE)}`);
    const selectAll = [...root.querySelectorAll('button')].find((b) =>
      new RegExp(`Select all ${PAGE_SIZE + 20} matching`).test(b.textContent ?? ''),
    )!;
    await act(() => selectAll.click());
    expect(root.textContent).toContain(`${PAGE_SIZE + 20} selected`);
    await change(input(/Set status of selected/), 'looked-fine');
    const apply = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Apply')!;
    await act(() => apply.click());
    await vi.waitFor(async () => {
      const statuses = new Set((await store.listEntries()).map((e) => e.status));
      expect(statuses).toEqual(new Set(['looked-fine']));
    });
  });

  it('shows the most recent entries first while the whole history loads', async () => {
    const store = freshStore();
    await store.recordScans(
      Array.from({ length: PAGE_SIZE + 5 }, (_, i) =>
        scan(`https://r.example/${i}`, `Ad ${i}. ${AD_TEXT}`, 'high', i + 1),
      ),
    );
    let finishLoading: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      finishLoading = resolve;
    });
    const readAll = store.readAll.bind(store);
    store.readAll = async () => {
      await gate;
      return readAll();
    };
    await mount(store, { untilAllLoaded: false });
    await vi.waitFor(() => expect(rowsShown()).toHaveLength(PAGE_SIZE));
    expect(rowsShown()).toHaveLength(PAGE_SIZE);
    expect(rowsShown()[0]!.textContent).toContain(`Ad ${PAGE_SIZE + 4}.`); // newest first
    expect(root.querySelector('[data-testid="count"]')!.textContent).toBe(
      `Showing the ${PAGE_SIZE} most recent of ${PAGE_SIZE + 5} entries; loading the rest…`,
    );
    finishLoading();
    await loaded();
    expect(root.querySelector('[data-testid="count"]')!.textContent).toBe(
      `${PAGE_SIZE + 5} of ${PAGE_SIZE + 5} entries`,
    );
  });

  it('shows ads the background records while the page is open', async () => {
    const factory = new IDBFactory();
    const page = new HistoryStore({ factory, dbName: 'live' });
    const background = new HistoryStore({ factory, dbName: 'live' });
    await background.recordScan(scan('https://live.example/1', `First. ${AD_TEXT}`, 'high', 1000));
    await mount(page);
    expect(rowsShown()).toHaveLength(1);
    await background.recordScan(scan('https://live.example/2', `Second. ${AD_TEXT}`, 'medium', 2000));
    await vi.waitFor(() => expect(rowsShown()).toHaveLength(2), { timeout: 5_000 });
    expect(rowsShown()[0]!.textContent).toContain('Second.');
    background.close();
  });

  it('shows a clear message for a bad import file and keeps the entries', async () => {
    const store = freshStore();
    await store.recordScan(scan('https://a.example/1'));
    await mount(store);
    const file = new File(['{"oops": true}'], 'notes.json', { type: 'application/json' });
    const picker = input(/Import JSON/) as HTMLInputElement;
    Object.defineProperty(picker, 'files', { value: [file], configurable: true });
    await act(() => {
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('not an Ad Risk Lens history export');
    expect(rowsShown()).toHaveLength(1);
  });
});
