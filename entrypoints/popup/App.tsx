// The popup: what the page shows (one ad, or the list of ads on a results page), "Check a message",
// helplines for the user's country, and "Prepare a report". Options, not commands.

import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { ScanResult } from '../../src/engine/types';
import { capturedText } from '../../src/history/entry';
import { browserLocales, effectiveCountry } from '../../src/hotlines/country';
import type { ReportAd } from '../../src/report/draft';
import { splitFlags } from '../../src/report/group-flags';
import type { ScoredAdResponse, TabStateResponse } from '../../src/shared/responses';
import { getSettings } from '../../src/shared/settings';
import { AdResult } from '../../src/ui/components/AdResult';
import { CaseHistoryLink } from '../../src/ui/components/CaseHistoryLink';
import { FeedbackButton, ruleList } from '../../src/ui/components/FeedbackButton';
import { HistoryNotice } from '../../src/ui/components/HistoryNotice';
import { HotlineSection } from '../../src/ui/components/Hotlines';
import { LevelBadge } from '../../src/ui/components/LevelBadge';
import { t, uiLanguage } from '../../src/ui/i18n';
import { type FeedbackInput, focusAd, getTabState, scanTab, scanText } from '../../src/ui/messaging';
import { openReport } from './report-draft';
import { resolveTabId } from './tab';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; state: TabStateResponse };

const MAX_MESSAGE = 200_000;

function errorText(error: unknown): string {
  return t('errorPrefix', error instanceof Error ? error.message : String(error));
}

function adTitle(entry: ScoredAdResponse): string {
  return entry.title?.trim() || entry.ad.title?.trim() || t('adUntitled', entry.index + 1);
}

/** The mark a user can leave on one scanned ad: "false alarm" when it shows signs, "missed" when it shows none. */
function feedbackFor(entry: ScoredAdResponse, pageUrl: string): FeedbackInput {
  const signs = splitFlags(entry.result.flags).signs;
  const url = entry.ad.url || pageUrl;
  const text = capturedText(entry.ad) || undefined;
  if (!signs.length) return { kind: 'missed', url, text };
  return { kind: 'false-alarm', url, text, rule: ruleList(signs.map((flag) => flag.rule)) };
}

function ReportButton({ onPrepare }: { onPrepare: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <div>
      <button
        type="button"
        disabled={busy}
        data-testid="prepare-report"
        onClick={async () => {
          setBusy(true);
          setError('');
          try {
            await onPrepare();
          } catch (e) {
            setError(errorText(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? t('reportPreparing') : t('reportButton')}
      </button>
      <p class="status error" role="alert">
        {error}
      </p>
    </div>
  );
}

function AdList({ ads, onChoose }: { ads: ScoredAdResponse[]; onChoose: (entry: ScoredAdResponse) => void }) {
  return (
    <section aria-labelledby="listing-title" class="stack" data-testid="ad-list">
      <h2 id="listing-title">{t('listingTitle')}</h2>
      <p class="hint">{t('listingHint')}</p>
      <ul class="ad-list">
        {ads.map((entry) => (
          <li key={entry.index}>
            <button type="button" class="ad-button" data-index={entry.index} onClick={() => onChoose(entry)}>
              <span class="ad-title">{adTitle(entry)}</span>
              <span class="row">
                <span class="hint">{t('adSigns', splitFlags(entry.result.flags).signs.length)}</span>
                <LevelBadge level={entry.result.level} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CheckMessage({ onReport }: { onReport: (text: string, result: ScanResult) => Promise<void> }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ text: string; result: ScanResult } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <details data-testid="check-message">
      <summary>{t('checkMessageTitle')}</summary>
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          const value = text.trim();
          if (!value) {
            setStatus(t('checkMessageEmpty'));
            return;
          }
          setBusy(true);
          setStatus('');
          try {
            setResult({ text: value, result: await scanText(value.slice(0, MAX_MESSAGE)) });
          } catch (e) {
            setStatus(errorText(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        <p class="hint" id="message-hint">
          {t('checkMessageHint')}
        </p>
        <label for="message-text">{t('checkMessageLabel')}</label>
        <textarea
          id="message-text"
          rows={5}
          aria-describedby="message-hint"
          value={text}
          maxLength={MAX_MESSAGE}
          onInput={(event) => setText((event.target as HTMLTextAreaElement).value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('checking') : t('checkMessageButton')}
        </button>
        <p class="status" role="status">
          {status}
        </p>
      </form>
      {result ? (
        <section class="stack" aria-label={t('messageResultTitle')} data-testid="message-result">
          <AdResult result={result.result} headingId="message-verdict" />
          {splitFlags(result.result.flags).signs.length ? (
            <ReportButton onPrepare={() => onReport(result.text, result.result)} />
          ) : null}
        </section>
      ) : null}
    </details>
  );
}

export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [asPage, setAsPage] = useState(false);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [scanning, setScanning] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  const [country, setCountry] = useState({ country: '', fromLocale: true });
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the chosen ad's heading, not back at the top.
  useEffect(() => {
    if (selected !== null) chosenHeading.current?.focus();
  }, [selected]);

  useEffect(() => {
    (async () => {
      const settings = await getSettings().catch(() => null);
      setCountry(effectiveCountry(settings?.country ?? '', browserLocales(uiLanguage())));
      const resolved = await resolveTabId();
      setTabId(resolved.tabId);
      setAsPage(resolved.asPage);
      if (resolved.tabId === null) {
        setLoad({ status: 'ready', state: null });
        return;
      }
      try {
        setLoad({ status: 'ready', state: await getTabState(resolved.tabId) });
      } catch (e) {
        setLoad({ status: 'error', message: errorText(e) });
      }
    })();
  }, []);

  const state = load.status === 'ready' ? load.state : null;

  async function checkPage() {
    if (tabId === null) return;
    setScanning(true);
    try {
      const scanned = (await scanTab(tabId)) ?? (await getTabState(tabId));
      setLoad(scanned ? { status: 'ready', state: scanned } : { status: 'error', message: t('cannotCheck') });
    } catch (e) {
      setLoad({ status: 'error', message: errorText(e) });
    } finally {
      setScanning(false);
    }
  }

  async function reportAds(ads: ScoredAdResponse[]) {
    const reportAds: ReportAd[] = ads.map(({ index, ad, result }) => ({ index, ad, result }));
    await openReport({
      source: 'page',
      ads: reportAds,
      tabId,
      pageUrl: state?.url,
      country: country.country,
    });
    if (!asPage) window.close();
  }

  async function reportMessage(text: string, result: ScanResult) {
    const ad = { description: text, extractor: 'selection' as const, position: { index: 0 } };
    await openReport({ source: 'message', ads: [{ ad, result }], tabId: null, country: country.country });
    if (!asPage) window.close();
  }

  function closeUnlessPage() {
    if (!asPage) window.close();
  }

  function openOptions() {
    browser.runtime.openOptionsPage().catch(() => undefined);
  }

  let pageView: preact.ComponentChildren = null;
  if (load.status === 'loading') {
    pageView = <p role="status">{t('loading')}</p>;
  } else if (load.status === 'error') {
    pageView = (
      <p class="error" role="alert">
        {load.message}
      </p>
    );
  } else if (!state) {
    pageView = (
      <div class="stack">
        <p>{t('notCheckedYet')}</p>
        <button
          type="button"
          onClick={checkPage}
          disabled={scanning || tabId === null}
          data-testid="check-page"
        >
          {scanning ? t('checking') : t('checkThisPage')}
        </button>
      </div>
    );
  } else if (!state.ads.length) {
    pageView = (
      <div class="stack">
        <p data-testid="no-ad">{t('noAdFound')}</p>
        <FeedbackButton key={state.scannedAt} feedback={{ kind: 'missed', url: state.url }} />
      </div>
    );
  } else if (state.ads.length === 1 && state.pageKind !== 'listing') {
    const only = state.ads[0]!;
    pageView = (
      <section class="stack" aria-labelledby="page-verdict" data-testid="page-result">
        <AdResult result={only.result} headingId="page-verdict" />
        {splitFlags(only.result.flags).signs.length ? (
          <ReportButton onPrepare={() => reportAds([only])} />
        ) : null}
        <FeedbackButton key={`${state.scannedAt}-${only.index}`} feedback={feedbackFor(only, state.url)} />
      </section>
    );
  } else {
    const chosen = state.ads.find((entry) => entry.index === selected);
    pageView = chosen ? (
      <section class="stack" aria-labelledby="page-verdict" data-testid="page-result">
        <button type="button" class="secondary" onClick={() => setSelected(null)} data-testid="back-to-list">
          <span aria-hidden="true">←</span> {t('backToList')}
        </button>
        <h2 ref={chosenHeading} tabIndex={-1} data-testid="chosen-title">
          {adTitle(chosen)}
        </h2>
        <AdResult result={chosen.result} headingId="page-verdict" />
        {splitFlags(chosen.result.flags).signs.length ? (
          <ReportButton onPrepare={() => reportAds([chosen])} />
        ) : null}
        <FeedbackButton
          key={`${state.scannedAt}-${chosen.index}`}
          feedback={feedbackFor(chosen, state.url)}
        />
      </section>
    ) : (
      <AdList
        ads={state.ads}
        onChoose={(entry) => {
          setSelected(entry.index);
          if (tabId !== null) void focusAd(tabId, entry.index);
        }}
      />
    );
  }

  return (
    <main class="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <div class="row">
          <CaseHistoryLink class="button secondary" onOpened={closeUnlessPage} />
          <button type="button" class="secondary" onClick={openOptions} data-testid="open-settings">
            {t('settings')}
          </button>
        </div>
      </header>
      <HistoryNotice onOpened={closeUnlessPage} />
      {pageView}
      <CheckMessage onReport={reportMessage} />
      <HotlineSection
        country={country.country}
        fromLocale={country.fromLocale}
        onChangeCountry={openOptions}
      />
      <footer>{t('privacyNote')}</footer>
    </main>
  );
}
