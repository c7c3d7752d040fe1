/** Every number, amount and date shown to a person is formatted here, with formatters built once per locale. */

export type Locale = 'en' | 'fr';

const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-US', fr: 'fr-FR' };

export interface Formatters {
  readonly locale: Locale;
  /** `$1.46B` / `1,46 Md $US`: for totals and axis ticks. */
  readonly formatUsdCompact: (amount: number) => string;
  /** `$1,460,000,000` / `1 460 000 000 $US`: the exact figure, for hover, focus and tables. */
  readonly formatUsd: (amount: number) => string;
  readonly formatCount: (count: number) => string;
  /** A share between 0 and 1 as `61.6%`. */
  readonly formatPercent: (share: number) => string;
  /** A signed change as `+12.5%` / `−40%` (`0%` for none): a share of the earlier figure. */
  readonly formatChange: (share: number) => string;
  /** `'2025-02'` as `February 2025` / `février 2025` (UTC, whatever the reader's time zone). */
  readonly formatMonthLong: (monthKey: string) => string;
  /** `'2025-02'` as `Feb 2025` / `févr. 2025`. */
  readonly formatMonthShort: (monthKey: string) => string;
  /** `'2025-Q1'` as `Q1 2025` / `T1 2025`. */
  readonly formatQuarter: (quarterKey: string) => string;
  /** `3` as `Mar` / `mars`. */
  readonly formatMonthName: (month: number) => string;
  /** `'2025-02-21'` as `Feb 21, 2025` / `21 févr. 2025`. */
  readonly formatDay: (dayKey: string) => string;
  /** `'2026-08-19'` as `19 Aug 2026` / `19 août 2026`: how current the data is. */
  readonly formatDate: (dayKey: string) => string;
}

function utcDate(key: string): Date {
  const [year = 1970, month = 1, dayOfMonth = 1] = key.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth); // Date.UTC would read years 0–99 as 19xx
  return date;
}

function buildFormatters(locale: Locale): Formatters {
  const tag = INTL_LOCALE[locale];
  const currency = { style: 'currency', currency: 'USD' } as const;
  const compactLarge = new Intl.NumberFormat(tag, {
    ...currency,
    notation: 'compact',
    maximumFractionDigits: 2,
  });
  const compactSmall = new Intl.NumberFormat(tag, {
    ...currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const exact = new Intl.NumberFormat(tag, {
    ...currency,
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  });
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(tag, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const utc = { timeZone: 'UTC' } as const;
  const monthLong = new Intl.DateTimeFormat(tag, { ...utc, month: 'long', year: 'numeric' });
  const monthShort = new Intl.DateTimeFormat(tag, { ...utc, month: 'short', year: 'numeric' });
  const monthName = new Intl.DateTimeFormat(tag, { ...utc, month: 'short' });
  const day = new Intl.DateTimeFormat(tag, { ...utc, dateStyle: 'medium' });
  // Day before month in both languages ('en-GB'), so that "19 Aug 2026" reads the same in either.
  const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : tag, {
    ...utc,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return {
    locale,
    formatUsdCompact: (amount) =>
      (Math.abs(amount) >= 1e9 ? compactLarge : compactSmall).format(amount),
    formatUsd: (amount) => exact.format(amount),
    formatCount: (count) => integer.format(count),
    formatPercent: (share) => percent.format(share),
    formatChange: (share) => change.format(share),
    formatMonthLong: (key) => monthLong.format(utcDate(key)),
    formatMonthShort: (key) => monthShort.format(utcDate(key)),
    formatQuarter: (key) => `${locale === 'fr' ? 'T' : 'Q'}${key.slice(6)} ${key.slice(0, 4)}`,
    formatMonthName: (month) => monthName.format(new Date(Date.UTC(2000, month - 1, 1))),
    formatDay: (key) => day.format(utcDate(key)),
    formatDate: (key) => date.format(utcDate(key)),
  };
}

const cache = new Map<Locale, Formatters>();

/** The formatters of a locale, built on first use and kept. */
export function formattersFor(locale: Locale): Formatters {
  let formatters = cache.get(locale);
  if (!formatters) {
    formatters = buildFormatters(locale);
    cache.set(locale, formatters);
  }
  return formatters;
}

// English formatters for code that has no locale yet (and the default everywhere).
const english = formattersFor('en');
export const { formatUsdCompact, formatUsd, formatCount, formatPercent, formatDate } = english;
