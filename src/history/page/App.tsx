// The case history page: a sortable, filterable, paginated table of kept ads with bulk review, export and import.
// Reads and writes IndexedDB directly (same extension origin as the background); refreshes when the background
// records a scan (BroadcastChannel).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LEVELS } from '../../engine/types';
import { exportCsv, exportFeedback, exportJson } from '../export';
import { type FeedbackRecord, type HistoryEntry, REVIEW_STATUSES, type ReviewStatus } from '../schema';
import { CHANGE_CHANNEL, type ChangeNotice, type Failure, type HistoryStore } from '../store';
import { t } from '../strings';
import { Details } from './Details';
import { datedName, downloadText } from './download';
import { Feedback } from './Feedback';
import { formatDate, LEVEL_MARK, levelLabel, statusLabel } from './labels';
import {
  DEFAULT_SORT,
  type Filters,
  facets,
  filterRows,
  NO_FILTERS,
  pageOf,
  type Row,
  type Sort,
  type SortKey,
  sortRows,
  toRow,
} from './model';

export const PAGE_SIZE = 50;

type Message = { kind: 'info' | 'error'; text: string };
type Confirm = null | 'all' | 'selected';

/** Timings the benchmark reads (first render, last filter) — also visible in DevTools' performance panel. */
export const timings: {
  loadMs?: number;
  firstRenderMs?: number;
  allLoadedMs?: number;
  lastFilterMs?: number;
} = {};

const systemNow = () => Date.now();

function markTiming(name: string): void {
  performance.mark?.(name);
}

function measureTiming(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // performance.measure with options is missing in some test DOMs
  }
}

/** Runs after the next frame has been painted (a task queued from requestAnimationFrame runs after paint). */
function afterPaint(callback: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => setTimeout(callback, 0));
}

export function App({ store, now = systemNow }: { store: HistoryStore; now?: () => number }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [feedback, setFeedback] = useState<FeedbackRecord[]>([]);
  const [unreadable, setUnreadable] = useState(0);
  /** Set while only the most recent entries are loaded: how many there are in all. */
  const [total, setTotal] = useState<number | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [bulkStatus, setBulkStatus] = useState<ReviewStatus>('looked-fine');
  const [storageNote, setStorageNote] = useState('');
  const filterStart = useRef(0);
  const fullyLoaded = useRef(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Focus moves to the confirmation once when it opens (not on every re-render).
  useEffect(() => {
    if (confirm) confirmButton.current?.focus();
  }, [confirm]);

  /** Everything, after a change or once the first screen is up. */
  const reload = useCallback(async () => {
    const started = performance.now();
    const [all, marks, storage] = await Promise.all([
      store.readAll(),
      store.listFeedback(),
      store.storageStatus(),
    ]);
    timings.loadMs ??= performance.now() - started;
    fullyLoaded.current = true;
    setEntries(all.entries);
    setTotal(null);
    setUnreadable(all.unreadable);
    setFeedback(marks);
    setStorageNote(storage?.nearlyFull ? t('history_nearly_full', storage.percent) : '');
  }, [store]);

  /** Adds or replaces entries (by fingerprint), newest first as the store returns them. */
  const mergeIn = useCallback((changed: HistoryEntry[]) => {
    const byKey = new Map(changed.map((entry) => [entry.fingerprint, entry]));
    setEntries((current) => {
      if (!current) return current;
      const kept = current.filter((entry) => !byKey.has(entry.fingerprint));
      return [...byKey.values(), ...kept];
    });
  }, []);

  useEffect(() => {
    const fail = (error: unknown) => setMessage({ kind: 'error', text: t('history_error', String(error)) });
    // First screen from the most recent entries (cheap), then the whole history for search, sort and filters.
    // Chained, not parallel: the browser serves IndexedDB reads of one origin largely in turn, and the big read
    // would delay the small one.
    store
      .readRecent(PAGE_SIZE)
      .then(({ entries: recent, total: count }) => {
        if (fullyLoaded.current) return; // a change notice already loaded everything
        setEntries(recent);
        if (count > recent.length) setTotal(count);
      })
      .catch(fail)
      .then(reload)
      .catch(fail);
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(CHANGE_CHANNEL);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: Set<string> | null = new Set(); // null: reload everything
    channel.onmessage = (event: MessageEvent<ChangeNotice>) => {
      if (event.data?.source === store.id) return; // our own write: already applied
      const changed = event.data?.fingerprints;
      if (changed && pending) for (const fingerprint of changed) pending.add(fingerprint);
      else pending = null;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const only = pending;
        pending = new Set();
        // New sightings from the background: fetch just those instead of re-reading the whole history.
        const refresh = only && fullyLoaded.current ? store.getEntries([...only]).then(mergeIn) : reload();
        refresh.catch(fail);
      }, 250);
    };
    return () => {
      clearTimeout(timer);
      channel.close();
    };
  }, [store, reload, mergeIn]);

  // Rows are cached per entry object: after a status change only the changed entries are re-indexed.
  const rowCache = useRef(new WeakMap<HistoryEntry, Row>());
  const rows = useMemo(
    () =>
      (entries ?? []).map((entry) => {
        let row = rowCache.current.get(entry);
        if (!row) {
          row = toRow(entry);
          rowCache.current.set(entry, row);
        }
        return row;
      }),
    [entries],
  );
  const menu = useMemo(() => facets(rows), [rows]);
  // Sorted once per sort order; each keystroke only filters the sorted list (filtering keeps the order).
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, filters, now()), [sorted, filters, now]);
  const view = pageOf(shown, page, PAGE_SIZE);
  const byFingerprint = useMemo(() => new Map(rows.map((row) => [row.entry.fingerprint, row.entry])), [rows]);
  const openEntry = open ? byFingerprint.get(open) : undefined;

  // Timings for the benchmark and DevTools: "commit" is when the DOM is updated, "painted" after the next frame.
  useLayoutEffect(() => {
    if (entries && timings.firstRenderMs === undefined) {
      timings.firstRenderMs = performance.now();
      markTiming('history:first-render');
      afterPaint(() => markTiming('history:first-paint'));
    }
    if (entries && total === null && timings.allLoadedMs === undefined) {
      timings.allLoadedMs = performance.now();
      markTiming('history:all-loaded');
    }
    const start = filterStart.current;
    if (start) {
      filterStart.current = 0;
      timings.lastFilterMs = performance.now() - start;
      measureTiming('history:filter', start);
      afterPaint(() => measureTiming('history:filter-painted', start));
    }
  });

  const updateFilters = (patch: Partial<Filters>) => {
    filterStart.current = performance.now();
    setFilters((current) => ({ ...current, ...patch }));
    setPage(0);
  };

  const report = (result: { ok: true } | Failure, success: string) => {
    setMessage(result.ok ? { kind: 'info', text: success } : { kind: 'error', text: result.message });
    return result.ok;
  };

  const targets = (): HistoryEntry[] =>
    selected.size > 0
      ? shown.filter((row) => selected.has(row.entry.fingerprint)).map((row) => row.entry)
      : shown.map((row) => row.entry);

  /** Applies a write's result to what is shown, without re-reading the whole history. */
  const replaceEntries = (updated: HistoryEntry[]) => {
    const byKey = new Map(updated.map((entry) => [entry.fingerprint, entry]));
    setEntries((current) => current?.map((entry) => byKey.get(entry.fingerprint) ?? entry) ?? current);
  };

  const setStatus = async (fingerprints: string[], status: ReviewStatus) => {
    const result = await store.updateEntries(fingerprints, { status });
    if (report(result, t('history_updated', result.ok ? result.entries.length : 0)) && result.ok) {
      replaceEntries(result.entries);
    }
  };

  const remove = async (fingerprints: string[]) => {
    const result = await store.deleteEntries(fingerprints);
    if (report(result, t('history_deleted', result.ok ? result.deleted : 0))) {
      const gone = new Set(fingerprints);
      setEntries((current) => current?.filter((entry) => !gone.has(entry.fingerprint)) ?? current);
      setSelected(new Set());
      if (open && gone.has(open)) setOpen(null);
    }
  };

  const clearAll = async () => {
    const result = await store.clearHistory();
    if (report(result, t('history_cleared'))) {
      setSelected(new Set());
      setOpen(null);
      await reload();
    }
  };

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const started = performance.now();
    const result = await store.importJson(await file.text());
    try {
      performance.measure('history:import', { start: started, end: performance.now() });
    } catch {
      // see filter timing
    }
    if (report(result, result.ok ? t('history_imported', result.added, result.updated, result.feedback) : ''))
      await reload();
  };

  const toggle = (fingerprint: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(fingerprint);
    else next.delete(fingerprint);
    setSelected(next);
  };

  const pageFingerprints = view.items.map((row) => row.entry.fingerprint);
  const pageAllSelected = pageFingerprints.length > 0 && pageFingerprints.every((fp) => selected.has(fp));

  if (entries === null) {
    return (
      <main>
        <h1>{t('history_title')}</h1>
        {message && <p role="alert">{message.text}</p>}
      </main>
    );
  }

  const exportScope =
    selected.size > 0
      ? t('history_export_scope_selected', selected.size)
      : t('history_export_scope_filtered', shown.length);

  return (
    <main>
      <header>
        <h1>{t('history_title')}</h1>
        <p>{t('history_intro')}</p>
      </header>

      <div role="status" aria-live="polite" class="messages">
        {message?.kind === 'info' && <p class="info">{message.text}</p>}
      </div>
      {message?.kind === 'error' && (
        <p role="alert" class="error">
          {message.text}
        </p>
      )}
      {storageNote && <p class="warning">{storageNote}</p>}
      {unreadable > 0 && <p class="warning">{t('history_unreadable', unreadable)}</p>}

      <section class="toolbar" aria-label={t('history_title')}>
        <label class="search">
          {t('history_search_label')}
          <input
            type="search"
            value={filters.query}
            onInput={(e) => updateFilters({ query: e.currentTarget.value })}
          />
        </label>
        <FilterSelect
          label={t('history_filter_site')}
          value={filters.site}
          options={menu.sites.map((site) => [site, site])}
          onChange={(site) => updateFilters({ site })}
        />
        <FilterSelect
          label={t('history_filter_level')}
          value={filters.level}
          options={[...LEVELS].reverse().map((level) => [level, levelLabel(level)])}
          onChange={(level) => updateFilters({ level: level as Filters['level'] })}
        />
        <FilterSelect
          label={t('history_filter_status')}
          value={filters.status}
          options={REVIEW_STATUSES.map((status) => [status, statusLabel(status)])}
          onChange={(status) => updateFilters({ status: status as Filters['status'] })}
        />
        <FilterSelect
          label={t('history_filter_rule')}
          value={filters.rule}
          options={menu.rules.map(({ rule, title }) => [rule, title || rule])}
          onChange={(rule) => updateFilters({ rule })}
        />
        <FilterSelect
          label={t('history_filter_date')}
          value={filters.days ? String(filters.days) : ''}
          options={[
            ['1', t('history_date_1')],
            ['7', t('history_date_7')],
            ['30', t('history_date_30')],
          ]}
          onChange={(days) => updateFilters({ days: Number(days) })}
        />
      </section>

      <section class="actions" aria-label={t('history_export_json')}>
        <p data-testid="count">
          {total !== null
            ? t('history_loading_rest', entries.length, total)
            : t('history_count', shown.length, entries.length)}
        </p>
        <button
          type="button"
          onClick={() =>
            downloadText(
              datedName('ad-risk-lens-history', 'csv'),
              exportCsv(targets()),
              'text/csv;charset=utf-8',
            )
          }
          disabled={shown.length === 0}
        >
          {t('history_export_csv')}
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              datedName('ad-risk-lens-history', 'json'),
              exportJson(targets(), feedback),
              'application/json',
            )
          }
          disabled={shown.length === 0 && feedback.length === 0}
        >
          {t('history_export_json')}
        </button>
        <span class="hint">{exportScope}</span>
        <label class="file">
          {t('history_import_json')}
          <input type="file" accept=".json,application/json" onChange={onImport} />
        </label>
        <button
          type="button"
          class="danger"
          onClick={() => setConfirm('all')}
          disabled={entries.length === 0 && feedback.length === 0}
        >
          {t('history_delete_all')}
        </button>
      </section>

      {confirm && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {confirm === 'all'
              ? t('history_confirm_delete_all', entries.length)
              : t('history_confirm_delete_selected', selected.size)}
          </p>
          <button
            type="button"
            class="danger"
            ref={confirmButton}
            onClick={() => {
              setConfirm(null);
              void (confirm === 'all' ? clearAll() : remove([...selected]));
            }}
          >
            {t('history_confirm')}
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            {t('history_cancel')}
          </button>
        </div>
      )}

      {selected.size > 0 && (
        <section class="bulk" aria-label={t('history_selected', selected.size)}>
          <span>{t('history_selected', selected.size)}</span>
          <label>
            {t('history_set_status')}
            <select value={bulkStatus} onChange={(e) => setBulkStatus(e.currentTarget.value as ReviewStatus)}>
              {REVIEW_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(status)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void setStatus([...selected], bulkStatus)}>
            {t('history_apply')}
          </button>
          <button type="button" class="danger" onClick={() => setConfirm('selected')}>
            {t('history_delete_selected')}
          </button>
          <button type="button" onClick={() => setSelected(new Set())}>
            {t('history_select_none')}
          </button>
        </section>
      )}

      {entries.length === 0 ? (
        <p class="empty">{t('history_empty')}</p>
      ) : shown.length === 0 ? (
        <p class="empty">{t('history_no_match')}</p>
      ) : (
        <>
          {selected.size < shown.length && (
            <button
              type="button"
              class="link"
              onClick={() => setSelected(new Set(shown.map((row) => row.entry.fingerprint)))}
            >
              {t('history_select_all_matching', shown.length)}
            </button>
          )}
          <table>
            <caption class="visually-hidden">{t('history_count', shown.length, entries.length)}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t('history_select_page')}
                    checked={pageAllSelected}
                    onChange={(e) => {
                      const next = new Set(selected);
                      for (const fp of pageFingerprints)
                        if (e.currentTarget.checked) next.add(fp);
                        else next.delete(fp);
                      setSelected(next);
                    }}
                  />
                </th>
                <SortHeader label={t('history_col_title')} column="title" sort={sort} onSort={setSort} />
                <SortHeader label={t('history_col_site')} column="site" sort={sort} onSort={setSort} />
                <SortHeader label={t('history_col_level')} column="level" sort={sort} onSort={setSort} />
                <SortHeader label={t('history_col_signs')} column="signs" sort={sort} onSort={setSort} />
                <SortHeader label={t('history_col_status')} column="status" sort={sort} onSort={setSort} />
                <SortHeader
                  label={t('history_col_last_seen')}
                  column="lastSeen"
                  sort={sort}
                  onSort={setSort}
                />
              </tr>
            </thead>
            <tbody>
              {view.items.map((row) => (
                <EntryRow
                  key={row.entry.fingerprint}
                  row={row}
                  selected={selected.has(row.entry.fingerprint)}
                  open={open === row.entry.fingerprint}
                  onSelect={(on) => toggle(row.entry.fingerprint, on)}
                  onOpen={() => setOpen(open === row.entry.fingerprint ? null : row.entry.fingerprint)}
                  onStatus={(status) => void setStatus([row.entry.fingerprint], status)}
                />
              ))}
            </tbody>
          </table>
          {view.pages > 1 && (
            <nav class="pager" aria-label={t('history_page_of', view.page + 1, view.pages)}>
              <button type="button" disabled={view.page === 0} onClick={() => setPage(view.page - 1)}>
                {t('history_prev')}
              </button>
              <span>{t('history_page_of', view.page + 1, view.pages)}</span>
              <button
                type="button"
                disabled={view.page >= view.pages - 1}
                onClick={() => setPage(view.page + 1)}
              >
                {t('history_next')}
              </button>
            </nav>
          )}
        </>
      )}

      {openEntry && (
        <Details
          entry={openEntry}
          onStatus={(status) => void setStatus([openEntry.fingerprint], status)}
          onNote={async (note) => {
            const result = await store.updateEntry(openEntry.fingerprint, { note });
            if (report(result, t('history_updated', 1)) && result.ok) replaceEntries([result.entry]);
          }}
          onDelete={() => void remove([openEntry.fingerprint])}
          onClose={() => setOpen(null)}
        />
      )}

      <Feedback
        feedback={feedback}
        falseAlarms={entries.filter((entry) => entry.status === 'false-alarm').length}
        onAdd={async ({ url, text, note }) => {
          const result = await store.addFeedback({
            kind: 'missed',
            url: url.trim(),
            text: text.trim(),
            note: note.trim(),
          });
          const ok = report(result, t('history_feedback_added'));
          if (ok) setFeedback(await store.listFeedback());
          return ok;
        }}
        onExport={() =>
          downloadText(
            datedName('ad-risk-lens-feedback', 'json'),
            exportFeedback(entries, feedback),
            'application/json',
          )
        }
      />
    </main>
  );
}

function SortHeader({
  label,
  column,
  sort,
  onSort,
}: {
  label: string;
  column: SortKey;
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const active = sort.key === column;
  const next: Sort = { key: column, dir: active && sort.dir === 'desc' ? 'asc' : 'desc' };
  return (
    <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="sort" onClick={() => onSort(next)} title={t('history_sort_by', label)}>
        {label}
        <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ''}</span>
      </button>
    </th>
  );
}

interface RowProps {
  row: Row;
  selected: boolean;
  open: boolean;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
  onStatus: (status: ReviewStatus) => void;
}

function EntryRow({ row, selected, open, onSelect, onOpen, onStatus }: RowProps) {
  const { entry } = row;
  const name = entry.title || entry.text.slice(0, 80);
  const topSign = entry.flags[0]?.explanation.title ?? '';
  return (
    <tr class={selected ? 'selected' : undefined} data-fingerprint={entry.fingerprint}>
      <td>
        <input
          type="checkbox"
          aria-label={`${t('history_col_select')}: ${name}`}
          checked={selected}
          onChange={(e) => onSelect(e.currentTarget.checked)}
        />
      </td>
      <td class="title">
        <button type="button" class="link" aria-expanded={open} onClick={onOpen}>
          {name}
        </button>
        <span class="snippet">{entry.text.slice(0, 140)}</span>
      </td>
      <td>{entry.site}</td>
      <td>
        <span class={`level level-${entry.level}`}>
          <span aria-hidden="true">{LEVEL_MARK[entry.level]} </span>
          {levelLabel(entry.level)}
        </span>
      </td>
      <td>
        {entry.flags.length}
        {topSign && <span class="snippet">{topSign}</span>}
      </td>
      <td>
        <select
          aria-label={`${t('history_col_status')}: ${name}`}
          value={entry.status}
          onChange={(e) => onStatus(e.currentTarget.value as ReviewStatus)}
        >
          {REVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </td>
      <td>{formatDate(entry.lastSeen)}</td>
    </tr>
  );
}

/** One filter of the toolbar: "any" (empty value) first, then the given [value, label] options. */
function FilterSelect(props: {
  label: string;
  value: string;
  options: [value: string, label: string][];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('history_filter_any')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
