// Shown when the background could not record the last page in history (storage full, database error): the
// message, prominently, with a link to the case history where old entries can be exported and deleted.
import { useEffect, useState } from 'preact/hooks';
import type { HistoryStatusValue } from '../../shared/responses';
import { readHistoryStatus, watchHistoryStatus } from '../history-status';
import { t } from '../i18n';
import { CaseHistoryLink } from './CaseHistoryLink';

export function HistoryNotice({ onOpened }: { onOpened?: () => void }) {
  const [status, setStatus] = useState<HistoryStatusValue | null>(null);
  useEffect(() => {
    let live = true;
    void readHistoryStatus().then((value) => {
      if (live) setStatus(value);
    });
    const stop = watchHistoryStatus(setStatus);
    return () => {
      live = false;
      stop();
    };
  }, []);

  if (!status || status.ok) return null;
  return (
    <div class="panel notice-problem" role="alert" data-testid="history-problem">
      <p>{status.message || t('history_full')}</p>
      <p>
        <CaseHistoryLink onOpened={onOpened}>{t('historyProblemLink')}</CaseHistoryLink>
      </p>
    </div>
  );
}
