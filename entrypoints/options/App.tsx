// Options: country (for helplines), ad languages, badge level, in-page badges, sites checked automatically
// (each asks for host permission from the click), sites without badges, and clearing the history.

import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '#imports';
import { browserLocales, countryFromLocales } from '../../src/hotlines/country';
import { countriesWithHotlines } from '../../src/hotlines/directory';
import { getSettings, type Settings, saveSettings } from '../../src/shared/settings';
import { CaseHistoryLink } from '../../src/ui/components/CaseHistoryLink';
import { LevelBadge } from '../../src/ui/components/LevelBadge';
import { countryName, languageName, t, uiLanguage } from '../../src/ui/i18n';
import { clearHistory } from '../../src/ui/messaging';
import { normalizeSite, originsFor } from '../../src/ui/sites';
import { AD_LANGUAGES, COUNTRY_CODES } from './countries';

function Status({ text, error = false }: { text: string; error?: boolean }) {
  return (
    <p class={`status${error ? ' error' : ''}`} role={error ? 'alert' : 'status'}>
      {text}
    </p>
  );
}

function SitesSetting({
  settings,
  update,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<void>;
}) {
  const [input, setInput] = useState('');
  const [status, setStatus] = useState({ text: '', error: false });
  const inputRef = useRef<HTMLInputElement>(null);

  async function add(event: Event) {
    event.preventDefault();
    const host = normalizeSite(input);
    if (!host) {
      setStatus({ text: t('optSiteInvalid'), error: true });
      inputRef.current?.focus();
      return;
    }
    // permissions.request must run straight from the user's click: no await before it.
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: originsFor(host) });
    } catch (error) {
      console.warn('[options] permission request failed', error);
    }
    if (!granted) {
      setStatus({ text: t('optSiteDenied'), error: true });
      return;
    }
    await update({ autoScanSites: [...new Set([...settings.autoScanSites, host])] });
    setInput('');
    setStatus({ text: t('optSaved'), error: false });
  }

  async function remove(host: string) {
    await update({ autoScanSites: settings.autoScanSites.filter((site) => site !== host) });
    try {
      await browser.permissions.remove({ origins: originsFor(host) });
    } catch (error) {
      console.warn('[options] could not revoke permission', error);
    }
    setStatus({ text: t('optSaved'), error: false });
    inputRef.current?.focus();
  }

  return (
    <fieldset>
      <legend>{t('optSites')}</legend>
      <p class="hint" id="sites-hint">
        {t('optSitesHint')}
      </p>
      {settings.autoScanSites.length ? (
        <ul class="site-list" data-testid="site-list">
          {settings.autoScanSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" class="secondary" onClick={() => remove(host)}>
                {t('optSiteRemove', host)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('optSitesNone')}</p>
      )}
      <form class="row" onSubmit={add}>
        <label for="site-input" class="visually-hidden">
          {t('optSiteInput')}
        </label>
        <input
          id="site-input"
          ref={inputRef}
          type="text"
          inputMode="url"
          autoComplete="off"
          placeholder="jobs.example.com"
          aria-describedby="sites-hint"
          value={input}
          onInput={(event) => setInput((event.target as HTMLInputElement).value)}
          style={{ flex: 1, minWidth: '12rem' }}
        />
        <button type="submit">{t('optSiteAdd')}</button>
      </form>
      <Status text={status.text} error={status.error} />
    </fieldset>
  );
}

function HistorySetting() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState({ text: '', error: false });
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  return (
    <fieldset>
      <legend>{t('optHistory')}</legend>
      <p class="hint">{t('optHistoryHint')}</p>
      <p class="hint">{t('historyLinkHint')}</p>
      <p>
        <CaseHistoryLink class="button" />
      </p>
      {confirming ? (
        <div class="row">
          <button
            type="button"
            ref={confirmRef}
            data-testid="confirm-clear"
            onClick={async () => {
              try {
                await clearHistory();
                setStatus({ text: t('optHistoryCleared'), error: false });
              } catch (error) {
                setStatus({ text: t('errorPrefix', String(error)), error: true });
              }
              setConfirming(false);
            }}
          >
            {t('optHistoryConfirm')}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {t('optHistoryCancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="secondary"
          onClick={() => setConfirming(true)}
          data-testid="clear-history"
        >
          {t('optHistoryClear')}
        </button>
      )}
      <Status text={status.text} error={status.error} />
    </fieldset>
  );
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    getSettings().then(setSettings);
  }, []);

  async function update(patch: Partial<Settings>) {
    const next = await saveSettings(patch);
    setSettings(next);
    setSaved(t('optSaved'));
  }

  if (!settings) return <p role="status">{t('loading')}</p>;

  const lang = uiLanguage();
  const localeCountry = countryFromLocales(browserLocales(lang));
  const withLines = new Set(countriesWithHotlines());
  const countries = [...new Set([...COUNTRY_CODES, ...withLines])]
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('optCountry')}</legend>
        <label for="country" class="visually-hidden">
          {t('optCountry')}
        </label>
        <p class="hint" id="country-hint">
          {t('optCountryHint')}
        </p>
        <select
          id="country"
          aria-describedby="country-hint"
          value={settings.country}
          onChange={(event) => update({ country: (event.target as HTMLSelectElement).value })}
          data-testid="country"
        >
          <option value="">
            {t('optCountryAuto', localeCountry ? countryName(localeCountry, lang) : t('optCountryUnknown'))}
          </option>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>{t('optLanguages')}</legend>
        <p class="hint">{t('optLanguagesHint')}</p>
        {AD_LANGUAGES.map((code) => (
          <label class="check" key={code}>
            <input
              type="checkbox"
              checked={settings.languages.includes(code)}
              onChange={(event) => {
                const on = (event.target as HTMLInputElement).checked;
                const next = on
                  ? [...settings.languages, code]
                  : settings.languages.filter((c) => c !== code);
                void update({ languages: [...new Set(next)] });
              }}
            />
            <span lang={code}>{languageName(code, code)}</span>
            {languageName(code, lang) !== languageName(code, code) ? (
              <span class="hint">({languageName(code, lang)})</span>
            ) : null}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optSensitivity')}</legend>
        {(['low', 'medium', 'high'] as const).map((level) => (
          <label class="check" key={level}>
            <input
              type="radio"
              name="badge-level"
              value={level}
              checked={settings.badgeLevel === level}
              onChange={() => update({ badgeLevel: level })}
            />
            <LevelBadge level={level} />
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optBadges')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.badgesEnabled}
            onChange={(event) => update({ badgesEnabled: (event.target as HTMLInputElement).checked })}
            data-testid="badges-enabled"
          />
          {t('optBadges')}
        </label>
        {settings.badgesOffSites.length ? (
          <>
            <h2 style={{ marginTop: '0.6rem' }}>{t('optBadgesOff')}</h2>
            <ul class="site-list">
              {settings.badgesOffSites.map((host) => (
                <li key={host}>
                  <span>{host}</span>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() =>
                      update({ badgesOffSites: settings.badgesOffSites.filter((h) => h !== host) })
                    }
                  >
                    {t('optSiteRemove', host)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </fieldset>

      <SitesSetting settings={settings} update={update} />
      <HistorySetting />
      <Status text={saved} />
      <p class="hint">{t('privacyNote')}</p>
    </main>
  );
}
