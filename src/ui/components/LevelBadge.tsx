// A level shown as text plus an icon whose SHAPE differs per level (circle-check, circle-i, triangle, octagon),
// so it reads without colour.
import type { Level } from '../../engine/types';
import { type MessageKey, t } from '../i18n';

const NAME: Record<Level, MessageKey> = {
  none: 'levelNone',
  low: 'levelLow',
  medium: 'levelMedium',
  high: 'levelHigh',
};

export function levelName(level: Level): string {
  return t(NAME[level]);
}

function Shape({ level }: { level: Level }) {
  switch (level) {
    case 'high':
      return (
        <>
          <polygon points="6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6" fill="currentColor" />
          <rect x="9" y="4.5" width="2" height="7" fill="#fff" />
          <rect x="9" y="13.5" width="2" height="2" fill="#fff" />
        </>
      );
    case 'medium':
      return (
        <>
          <polygon points="10,1 19.5,18.5 0.5,18.5" fill="currentColor" />
          <rect x="9" y="7" width="2" height="6" fill="#fff" />
          <rect x="9" y="14.5" width="2" height="2" fill="#fff" />
        </>
      );
    case 'low':
      return (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <rect x="9" y="8.5" width="2" height="7" fill="#fff" />
          <rect x="9" y="4.5" width="2" height="2" fill="#fff" />
        </>
      );
    default:
      return (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <polyline points="5.5,10.5 8.5,13.5 14.5,6.5" fill="none" stroke="#fff" stroke-width="2.2" />
        </>
      );
  }
}

/** "▲ Medium": the accessible name says "Level: Medium". */
export function LevelBadge({ level }: { level: Level }) {
  return (
    <span class={`level level-${level}`} data-level={level}>
      <svg viewBox="0 0 20 20" aria-hidden="true">
        <Shape level={level} />
      </svg>
      <span class="visually-hidden">{t('levelLabel', levelName(level))}</span>
      <span aria-hidden="true">{levelName(level)}</span>
    </span>
  );
}
