import type { Locale } from '../lib/format';
import { useI18n } from '../lib/i18n/i18n';
import { pushUrlParam } from './use-view-state';

/** Each language is named in itself, so a reader finds theirs whatever the page's language. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français' };

/** English / Français: kept in the URL (`lang=fr`) with every other parameter. */
export function LanguageSwitch() {
  const { locale, t } = useI18n();
  return (
    <label className="header-select">
      {t.app.language}
      <select
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (next === 'en' || next === 'fr') pushUrlParam('lang', next);
        }}
      >
        {(['en', 'fr'] as const).map((value) => (
          <option key={value} value={value} lang={value}>
            {LANGUAGE_NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
