// One scanned ad (or pasted message): the verdict, each flag with its evidence, why it matters and its source,
// what to ask before accepting, reassurances, and a short general checklist. All page text is rendered as text.
import type { Reassurance, ScanResult } from '../../engine/types';
import { type FlagGroup, splitFlags } from '../../report/group-flags';
import { t } from '../i18n';
import { LevelBadge } from './LevelBadge';

export function verdictText(count: number): string {
  if (count === 0) return t('verdictNone');
  return count === 1 ? t('verdictOne') : t('verdictMany', count);
}

function FlagItem({ group }: { group: FlagGroup }) {
  const { flag } = group;
  const source = flag.sources[0];
  return (
    <li class="flag" data-rule={group.rule}>
      <h3 lang={flag.lang}>{flag.explanation.title}</h3>
      <dl>
        <dt>{t('flagWords')}</dt>
        <dd>
          {group.evidence.map((text, i) => (
            <span key={text}>
              {i > 0 ? ', ' : ''}
              <q class="evidence">{text}</q>
            </span>
          ))}
        </dd>
        <dt>{t('flagWhy')}</dt>
        <dd lang={flag.lang}>{flag.explanation.why}</dd>
        <dt>{t('flagAsk')}</dt>
        <dd lang={flag.lang}>{flag.explanation.ask}</dd>
        {source ? (
          <>
            <dt>{t('flagSource')}</dt>
            <dd class="source">
              {source.url ? (
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.document}
                </a>
              ) : (
                <span>{source.document}</span>
              )}
              {source.lines ? ` (${source.lines})` : ''}
              <blockquote lang="en">{source.quote}</blockquote>
            </dd>
          </>
        ) : null}
      </dl>
      {flag.heuristic ? <p class="hint">{t('flagHeuristic')}</p> : null}
    </li>
  );
}

function Reassurances({ items }: { items: Reassurance[] }) {
  if (!items.length) return null;
  return (
    <section class="panel" aria-labelledby="reassurances-title">
      <h3 id="reassurances-title">{t('reassurancesTitle')}</h3>
      <ul>
        {items.map((item) => (
          <li key={`${item.rule}-${item.start}`} lang={item.lang}>
            <q class="evidence">{item.evidence}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Checklist() {
  return (
    <section class="panel" aria-labelledby="checklist-title">
      <h3 id="checklist-title">{t('checklistTitle')}</h3>
      <ul>
        <li>{t('checklistRegistration')}</li>
        <li>{t('checklistContract')}</li>
        <li>{t('checklistPassport')}</li>
        <li>{t('checklistFees')}</li>
        <li>{t('checklistTellSomeone')}</li>
      </ul>
    </section>
  );
}

export function AdResult({ result, headingId }: { result: ScanResult; headingId: string }) {
  const { signs, context } = splitFlags(result.flags);
  const count = signs.length;
  return (
    <div class="stack" data-testid="ad-result">
      <div class={`verdict level-${result.level}`} role="status">
        <p class="verdict-title" id={headingId}>
          {verdictText(count)}
        </p>
        <p>
          <LevelBadge level={result.level} />
        </p>
        {count === 0 ? <p>{t('verdictNoneNote')}</p> : null}
        {!result.language.supported ? <p>{t('languageUnsupported')}</p> : null}
      </div>
      {count > 0 ? (
        <ul class="flags signs" aria-labelledby={headingId}>
          {signs.map((group) => (
            <FlagItem key={group.rule} group={group} />
          ))}
        </ul>
      ) : null}
      {context.length ? (
        <details class="context" data-testid="context-flags">
          <summary>{t('contextTitle', context.length)}</summary>
          <p class="hint">{t('contextHint')}</p>
          <ul class="flags">
            {context.map((group) => (
              <FlagItem key={group.rule} group={group} />
            ))}
          </ul>
        </details>
      ) : null}
      <Reassurances items={result.reassurances} />
      {count > 0 ? <Checklist /> : null}
    </div>
  );
}
