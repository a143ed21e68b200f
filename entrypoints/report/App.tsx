// "Prepare a report": the user sees everything the report contains, adds a note, chooses what to include,
// then copies, downloads, opens the helpline's form or writes an email. Nothing is sent by the extension.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Level } from '../../src/engine/types';
import { hotlinesFor } from '../../src/hotlines/directory';
import { buildReport, mailtoHref, reportBaseName } from '../../src/report/build';
import type { ReportDraft } from '../../src/report/draft';
import { loadDraft } from '../../src/report/store';
import { verdictText } from '../../src/ui/components/AdResult';
import { LevelBadge } from '../../src/ui/components/LevelBadge';
import { formatDateTime, t } from '../../src/ui/i18n';
import { reportLabels } from '../../src/ui/report-labels';
import { useReportFiles } from './files';

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; draft: ReportDraft };

function Report({ draft }: { draft: ReportDraft }) {
  const [note, setNote] = useState('');
  const [includeUrl, setIncludeUrl] = useState(true);
  const [includeScreenshot, setIncludeScreenshot] = useState(true);
  const [copyStatus, setCopyStatus] = useState('');
  const previewRef = useRef<HTMLTextAreaElement>(null);
  const labels = useMemo(reportLabels, []);
  const report = useMemo(
    () => buildReport(draft, { note, includeUrl, includeScreenshot }, labels),
    [draft, note, includeUrl, includeScreenshot, labels],
  );
  const files = useReportFiles(report);
  const base = reportBaseName(draft.createdAt);
  const lines = draft.country ? hotlinesFor(draft.country) : [];
  const formLine = lines.find((line) => line.webForm);
  const emailLine = lines.find((line) => line.email);

  async function copy() {
    try {
      await navigator.clipboard.writeText(report.text);
      setCopyStatus(t('reportCopied'));
    } catch {
      // Clipboard API refused (no focus, policy): select the preview so the user can copy it themselves.
      previewRef.current?.focus();
      previewRef.current?.select();
      setCopyStatus(t('reportCopyFailed'));
    }
  }

  return (
    <main class="report">
      <header class="stack">
        <h1>{t('reportTitle')}</h1>
        <p>{t('reportIntro')}</p>
      </header>

      <section class="panel stack" aria-labelledby="summary-title" data-testid="report-summary">
        <h2 id="summary-title">{t('reportFlags')}</h2>
        <p>
          <strong>{t('reportCreated')}:</strong> {formatDateTime(new Date(draft.createdAt))}
        </p>
        {draft.pageUrl ? (
          <p class="url">
            <strong>{t('reportPage')}:</strong> <span data-testid="report-url">{draft.pageUrl}</span>
          </p>
        ) : null}
        <ul class="summary-list">
          {report.ads.map((ad, i) => (
            <li key={`${i}-${ad.title}`} class="row">
              <LevelBadge level={ad.level as Level} />
              <span>
                {ad.title ? <strong>{ad.title}: </strong> : null}
                {verdictText(ad.flags.length)}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section class="stack" aria-labelledby="note-title">
        <h2 id="note-title">
          <label for="note">{t('reportNote')}</label>
        </h2>
        <p class="hint" id="note-hint">
          {t('reportNoteHint')}
        </p>
        <textarea
          id="note"
          rows={4}
          aria-describedby="note-hint"
          value={note}
          maxLength={20_000}
          onInput={(event) => setNote((event.target as HTMLTextAreaElement).value)}
          data-testid="note"
        />
        {draft.pageUrl ? (
          <label class="check">
            <input type="checkbox" checked={includeUrl} onChange={() => setIncludeUrl(!includeUrl)} />
            {t('reportIncludeUrl')}
          </label>
        ) : null}
        {draft.screenshot ? (
          <label class="check">
            <input
              type="checkbox"
              checked={includeScreenshot}
              onChange={() => setIncludeScreenshot(!includeScreenshot)}
            />
            {t('reportIncludeScreenshot')}
          </label>
        ) : null}
      </section>

      <section class="stack" aria-labelledby="preview-title">
        <h2 id="preview-title">
          <label for="preview">{t('reportPreview')}</label>
        </h2>
        <textarea
          id="preview"
          class="preview"
          rows={14}
          readOnly
          value={report.text}
          ref={previewRef}
          data-testid="report-text"
        />
        <div class="actions">
          <button type="button" onClick={copy} data-testid="copy-report">
            {t('reportCopy')}
          </button>
          <a class="button secondary" href={files.json} download={`${base}.json`} data-testid="download-json">
            {t('reportDownloadJson')}
          </a>
          <a class="button secondary" href={files.text} download={`${base}.txt`} data-testid="download-text">
            {t('reportDownloadText')}
          </a>
          {files.png ? (
            <a class="button secondary" href={files.png} download={`${base}.png`} data-testid="download-png">
              {t('reportDownloadPng')}
            </a>
          ) : null}
        </div>
        <p class="status" role="status">
          {copyStatus}
        </p>
      </section>

      <section class="stack" aria-labelledby="send-title">
        <h2 id="send-title">{t('reportSendTitle')}</h2>
        <div class="actions">
          {formLine?.webForm ? (
            <a
              class="button secondary"
              href={formLine.webForm}
              target="_blank"
              rel="noreferrer"
              data-testid="open-form"
            >
              {t('reportOpenForm', formLine.name)}
            </a>
          ) : null}
          <a
            class="button secondary"
            data-testid="mailto"
            href={mailtoHref(
              emailLine?.email ?? '',
              t('reportEmailSubject'),
              report.text,
              t('reportEmailShortened'),
            )}
          >
            {emailLine ? t('reportEmail', emailLine.name) : t('reportEmailAny')}
          </a>
        </div>
        {formLine ? <p class="hint">{t('reportFormHint')}</p> : null}
        <p>
          <strong>{t('reportNothingSent')}</strong>
        </p>
      </section>

      <section class="stack" aria-labelledby="shot-title">
        <h2 id="shot-title">{t('reportScreenshot')}</h2>
        {draft.screenshot ? (
          <img
            class="screenshot"
            src={draft.screenshot.dataUrl}
            alt={t('reportScreenshot')}
            data-testid="screenshot"
          />
        ) : (
          <p data-testid="no-screenshot">{t('reportNoScreenshot', draft.screenshotError ?? '—')}</p>
        )}
      </section>
    </main>
  );
}

export function ReportApp() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('draft') ?? '';
    loadDraft(id)
      .then((draft) => setLoad(draft ? { status: 'ready', draft } : { status: 'missing' }))
      .catch(() => setLoad({ status: 'missing' }));
  }, []);
  if (load.status === 'loading') return <p role="status">{t('loading')}</p>;
  if (load.status === 'missing')
    return (
      <main class="report">
        <h1>{t('reportTitle')}</h1>
        <p role="alert">{t('reportMissing')}</p>
      </main>
    );
  return <Report draft={load.draft} />;
}
