// A link to the case history page, opened in a new tab. A real <a href> (keyboard, screen readers, middle-click),
// opened through tabs.create because a popup cannot rely on target=_blank.
import type { ComponentChildren } from 'preact';
import { browser } from '#imports';
import { t } from '../i18n';

export const CASE_HISTORY_PATH = '/case-history.html';

export function caseHistoryUrl(): string {
  return browser.runtime.getURL(CASE_HISTORY_PATH);
}

export async function openCaseHistory(): Promise<void> {
  await browser.tabs.create({ url: caseHistoryUrl() });
}

export function CaseHistoryLink({
  children,
  class: className,
  onOpened,
}: {
  children?: ComponentChildren;
  class?: string;
  /** Called after the tab is opened (the popup closes itself). */
  onOpened?: () => void;
}) {
  return (
    <a
      href={caseHistoryUrl()}
      target="_blank"
      rel="noopener"
      class={className}
      data-testid="open-case-history"
      onClick={(event) => {
        event.preventDefault();
        openCaseHistory()
          .then(() => onOpened?.())
          .catch(() => window.open(caseHistoryUrl(), '_blank', 'noopener'));
      }}
    >
      {children ?? t('historyLink')}
    </a>
  );
}
