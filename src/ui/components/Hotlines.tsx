// Helplines for the user's country: each with its channels (tel:, SMS, WhatsApp, form, email), languages,
// hours, who runs it, what happens when you contact it, and its source. Unverified entries say so.
import { hotlineDirectory, hotlinesFor, smsHref, telHref, whatsappHref } from '../../hotlines/directory';
import type { Hotline, HotlineKind } from '../../hotlines/schema';
import { countryName, formatDate, languageName, type MessageKey, t, uiLanguage } from '../i18n';

const KIND: Record<HotlineKind, [MessageKey, MessageKey]> = {
  ngo: ['kindNgo', 'kindNoteNgo'],
  government: ['kindGovernment', 'kindNoteGovernment'],
  'law-enforcement': ['kindLawEnforcement', 'kindNoteLawEnforcement'],
};

function HotlineCard({ line }: { line: Hotline }) {
  const [kindName, kindNote] = KIND[line.kind];
  const wa = line.whatsapp ? whatsappHref(line.whatsapp) : null;
  const languages = line.languages.map((code) => languageName(code)).join(', ');
  return (
    <li class="hotline" data-hotline={line.id} data-verified={String(line.verified)}>
      <h3>{line.name}</h3>
      <p>
        {line.organisation} · <span class="tag">{t(kindName)}</span>
      </p>
      <ul>
        {line.phone ? (
          <li>
            <a href={telHref(line.phone)}>{t('hotlineCall', line.phone)}</a>
          </li>
        ) : null}
        {line.sms ? (
          <li>
            <a href={smsHref(line.sms)}>{t('hotlineSms', line.sms)}</a>
          </li>
        ) : null}
        {line.whatsapp ? (
          <li>
            {wa ? (
              <a href={wa} target="_blank" rel="noreferrer">
                {t('hotlineWhatsapp', line.whatsapp)}
              </a>
            ) : (
              t('hotlineWhatsapp', line.whatsapp)
            )}
          </li>
        ) : null}
        {line.tty ? <li>{t('hotlineTty', line.tty)}</li> : null}
        {line.fromAbroad ? <li>{t('hotlineFromAbroad', line.fromAbroad)}</li> : null}
        {line.webForm ? (
          <li>
            <a href={line.webForm} target="_blank" rel="noreferrer">
              {t('hotlineWebForm')}
            </a>
          </li>
        ) : null}
        {line.website && !line.webForm ? (
          <li>
            <a href={line.website} target="_blank" rel="noreferrer">
              {t('hotlineWebsite')}
            </a>
          </li>
        ) : null}
        {line.email ? (
          <li>
            <a href={`mailto:${line.email}`}>{t('hotlineEmail', line.email)}</a>
          </li>
        ) : null}
      </ul>
      {languages || line.languagesNote ? (
        <p class="hint">
          {t('hotlineLanguages', [languages, line.languagesNote].filter(Boolean).join('; '))}
        </p>
      ) : null}
      {line.hours ? <p class="hint">{t('hotlineHours', line.hours)}</p> : null}
      <p>
        <strong>{t('hotlineWhatHappens')}:</strong>{' '}
        {/* The line's own note is in English (from its source); other interfaces add a translated summary first. */}
        {uiLanguage().toLowerCase().startsWith('en') ? null : <>{t(kindNote)} </>}
        <span lang="en">{line.onContact}</span>
      </p>
      {line.verified ? (
        <p class="hint">
          {t('hotlineVerified', formatDate(line.checkedOn))} ·{' '}
          <a href={line.sourceUrl} target="_blank" rel="noreferrer">
            {t('hotlineSourceLink')}
          </a>
        </p>
      ) : (
        <p class="unverified" data-testid="unverified">
          <span aria-hidden="true">⚠ </span>
          {t('hotlineUnverified')}{' '}
          <a href={line.sourceUrl} target="_blank" rel="noreferrer">
            {t('hotlineSourceLink')}
          </a>
        </p>
      )}
    </li>
  );
}

export function HotlineSection({
  country,
  fromLocale,
  onChangeCountry,
}: {
  country: string;
  fromLocale: boolean;
  onChangeCountry?: () => void;
}) {
  const directory = hotlineDirectory();
  const lines = country ? hotlinesFor(country, directory) : [];
  return (
    <section class="stack" aria-labelledby="hotlines-title" data-testid="hotlines">
      <h2 id="hotlines-title">{t('hotlinesTitle')}</h2>
      <p>{t('hotlinesIntro')}</p>
      {country ? (
        <p class="row">
          <span data-testid="hotline-country" data-country={country}>
            {t('hotlinesCountry', countryName(country))} {fromLocale ? t('hotlinesCountryFromLocale') : ''}
          </span>
          {onChangeCountry ? (
            <button type="button" class="linklike" onClick={onChangeCountry}>
              {t('hotlinesChangeCountry')}
            </button>
          ) : null}
        </p>
      ) : (
        <p class="row">
          <span>{t('hotlinesNoCountry')}</span>
          {onChangeCountry ? (
            <button type="button" class="linklike" onClick={onChangeCountry}>
              {t('hotlinesChangeCountry')}
            </button>
          ) : null}
        </p>
      )}
      {country && !lines.length ? <p>{t('hotlinesNone')}</p> : null}
      {lines.length ? (
        <ul class="hotline-list">
          <HotlineCard line={lines[0]!} />
        </ul>
      ) : null}
      {lines.length > 1 ? (
        <details data-testid="more-hotlines">
          <summary>{t('hotlinesMore', lines.length - 1)}</summary>
          <ul class="hotline-list">
            {lines.slice(1).map((line) => (
              <HotlineCard key={line.id} line={line} />
            ))}
          </ul>
        </details>
      ) : null}
      <p>
        <a href={directory.global.url} target="_blank" rel="noreferrer" data-testid="global-directory">
          {t('hotlinesGlobal', directory.global.name)}
        </a>
      </p>
    </section>
  );
}
