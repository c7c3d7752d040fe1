import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { formattersFor, type Formatters, type Locale } from '../format';
import { en, type Messages } from './messages-en';
import { fr } from './messages-fr';

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, fr };

export interface I18n {
  readonly locale: Locale;
  readonly t: Messages;
  readonly f: Formatters;
}

const english: I18n = { locale: 'en', t: en, f: formattersFor('en') };
const I18nContext = createContext<I18n>(english);

/** `lang=fr` in the URL wins; otherwise the browser's language; English by default. */
export function resolveLocale(lang: string | null, browserLanguage: string | undefined): Locale {
  if (lang === 'en' || lang === 'fr') return lang;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function I18nProvider({
  locale,
  children,
}: {
  readonly locale: Locale;
  readonly children: ReactNode;
}) {
  const value = useMemo<I18n>(
    () => ({ locale, t: MESSAGES[locale], f: formattersFor(locale) }),
    [locale],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The reader's language: its messages (`t`) and its number and date formatters (`f`). */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
