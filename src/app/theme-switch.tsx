import { useState } from 'react';
import { useI18n } from '../lib/i18n/i18n';
import {
  applyThemeChoice,
  isThemeChoice,
  readThemeChoice,
  storeThemeChoice,
  type ThemeChoice,
} from './theme';

/** System / Light / Dark, kept in this browser (not in the link: a shared link sets no theme). */
export function ThemeSwitch() {
  const { t } = useI18n();
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  const labels: Record<ThemeChoice, string> = {
    system: t.app.themeSystem,
    light: t.app.themeLight,
    dark: t.app.themeDark,
  };
  return (
    <label className="header-select">
      {t.app.theme}
      <select
        value={choice}
        onChange={(event) => {
          const next = event.target.value;
          if (!isThemeChoice(next)) return;
          setChoice(next);
          storeThemeChoice(next);
          applyThemeChoice(next);
        }}
      >
        {(['system', 'light', 'dark'] as const).map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
