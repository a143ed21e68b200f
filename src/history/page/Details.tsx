// One entry in full: where it was seen, every warning sign with its evidence and sources, the captured text with
// the matched words marked, and the review (status + note). All page-derived text is rendered as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type HistoryEntry, REVIEW_STATUSES, type ReviewStatus } from '../schema';
import { t } from '../strings';
import { formatDate, LEVEL_MARK, levelLabel, statusLabel } from './labels';
import { evidenceRanges } from './model';

interface Props {
  entry: HistoryEntry;
  onStatus: (status: ReviewStatus) => void;
  onNote: (note: string) => void;
  onDelete: () => void;
  onClose: () => void;
}

export function Details({ entry, onStatus, onNote, onDelete, onClose }: Props) {
  const [note, setNote] = useState(entry.note);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setNote(entry.note), [entry.fingerprint, entry.note]);
  useEffect(() => heading.current?.focus(), [entry.fingerprint]);

  return (
    <section class="details" aria-labelledby="details-title" data-testid="details">
      <div class="details-head">
        <h2 id="details-title" tabIndex={-1} ref={heading}>
          {entry.title || entry.text.slice(0, 80)}
        </h2>
        <button type="button" onClick={onClose}>
          {t('history_close')}
        </button>
      </div>
      <p>
        <span class={`level level-${entry.level}`}>
          <span aria-hidden="true">{LEVEL_MARK[entry.level]} </span>
          {levelLabel(entry.level)}
        </span>{' '}
        · {t('history_signs_count', entry.flags.length)} · {t('history_first_seen')}:{' '}
        {formatDate(entry.firstSeen)} · {t('history_seen_times', entry.seenCount)}
      </p>

      <h3>{t('history_urls')}</h3>
      <ul class="urls">
        {entry.urls.map((url) => (
          <li key={url}>
            {/^https?:\/\//.test(url) ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {url}
              </a>
            ) : (
              url
            )}
          </li>
        ))}
      </ul>

      <div class="review">
        <label>
          {t('history_filter_status')}{' '}
          <select value={entry.status} onChange={(e) => onStatus(e.currentTarget.value as ReviewStatus)}>
            {REVIEW_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </label>
        <label class="note">
          {t('history_note')}
          <textarea value={note} maxLength={5000} rows={3} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={() => onNote(note)} disabled={note === entry.note}>
          {t('history_save_note')}
        </button>
      </div>

      <h3>{t('history_signs_count', entry.flags.length)}</h3>
      <ol class="flags">
        {entry.flags.map((flag, index) => (
          <li key={`${flag.rule}-${index}`}>
            <strong>{flag.explanation.title}</strong> <code>{flag.rule}</code>
            <dl>
              <dt>{t('history_evidence')}</dt>
              <dd>
                <mark>{flag.evidence}</mark>
              </dd>
              <dt>{t('history_why')}</dt>
              <dd>{flag.explanation.why}</dd>
              <dt>{t('history_ask')}</dt>
              <dd>{flag.explanation.ask}</dd>
              {flag.sources.length > 0 && (
                <>
                  <dt>{t('history_sources')}</dt>
                  <dd>
                    <ul>
                      {flag.sources.map((source, i) => (
                        <li key={i}>
                          {source.document}
                          {source.lines ? ` ${source.lines}` : ''}: “{source.quote}”
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>

      <h3>{t('history_text')}</h3>
      <p class="captured">
        <HighlightedText text={entry.text} evidence={entry.flags.map((flag) => flag.evidence)} />
      </p>

      <button type="button" class="danger" onClick={onDelete}>
        {t('history_delete_entry')}
      </button>
    </section>
  );
}

function HighlightedText({ text, evidence }: { text: string; evidence: string[] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of evidenceRanges(text, evidence)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
