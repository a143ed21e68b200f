// Display labels for levels and statuses. Levels carry a shape as well as a colour, so they never rely on colour.
import type { Level } from '../../engine/types';
import type { ReviewStatus } from '../schema';
import { t } from '../strings';

export function levelLabel(level: Level): string {
  switch (level) {
    case 'high':
      return t('history_level_high');
    case 'medium':
      return t('history_level_medium');
    case 'low':
      return t('history_level_low');
    case 'none':
      return t('history_level_none');
  }
}

export const LEVEL_MARK: Record<Level, string> = { high: '▲▲', medium: '▲', low: '△', none: '○' };

export function statusLabel(status: ReviewStatus): string {
  switch (status) {
    case 'unreviewed':
      return t('history_status_unreviewed');
    case 'looked-fine':
      return t('history_status_looked_fine');
    case 'reported':
      return t('history_status_reported');
    case 'false-alarm':
      return t('history_status_false_alarm');
  }
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(time: number): string {
  return dateFormat.format(new Date(time));
}
