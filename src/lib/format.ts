/** Every number, amount and date shown to a person is formatted here, with formatters built once. */
const LOCALE = 'en-US';

const usdCompact = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 2,
});
const usdCompactSmall = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const usdExact = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const monthLong = new Intl.DateTimeFormat(LOCALE, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthShort = new Intl.DateTimeFormat(LOCALE, {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const day = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });

/** `$1.46B`, `$907.7K`: for totals and axis ticks. */
export function formatUsdCompact(amount: number): string {
  return (Math.abs(amount) >= 1e9 ? usdCompact : usdCompactSmall).format(amount);
}

/** `$1,460,000,000`: the exact figure, for hover, focus and tables. */
export function formatUsd(amount: number): string {
  return usdExact.format(amount);
}

export function formatCount(count: number): string {
  return integer.format(count);
}

/** A share between 0 and 1 as `61.6%`. */
export function formatPercent(share: number): string {
  return percent.format(share);
}

function utcDate(key: string): Date {
  const [year = 1970, month = 1, dayOfMonth = 1] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, dayOfMonth));
}

/** `'2025-02'` as `February 2025` (UTC, whatever the reader's time zone). */
export function formatMonthLong(monthKey: string): string {
  return monthLong.format(utcDate(monthKey));
}

/** `'2025-02'` as `Feb 2025`. */
export function formatMonthShort(monthKey: string): string {
  return monthShort.format(utcDate(monthKey));
}

/** `'2025-02-21'` as `Feb 21, 2025`. */
export function formatDay(dayKey: string): string {
  return day.format(utcDate(dayKey));
}
