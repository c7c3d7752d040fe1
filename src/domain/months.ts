/**
 * UTC month keys (`YYYY-MM`) and year keys (`YYYY`). Everything here works on the strings
 * themselves, never on a `Date` in local time, so an incident on 2025-02-28 stays in February in
 * every time zone.
 */

const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR_KEY = /^\d{4}$/;
const ZERO = 48; // '0'
const DASH = 45; // '-'

/** True for a valid `YYYY-MM` key with a month from 01 to 12. */
export function isMonthKey(value: string): boolean {
  return MONTH_KEY.test(value);
}

/** The month key of a `YYYY-MM-DD` date (or of a month key itself): `'2025-02-28'` -> `'2025-02'`. */
export function monthOf(date: string): string {
  monthIndex(date); // validates
  return date.slice(0, 7);
}

/** The year key of a date or month key: `'2025-02-28'` -> `'2025'`. */
export function yearOf(dateOrMonth: string): string {
  const year = dateOrMonth.slice(0, 4);
  if (!YEAR_KEY.test(year)) throw new RangeError(`Not a date, month or year: "${dateOrMonth}"`);
  return year;
}

function digit(value: string, at: number): number {
  const d = value.charCodeAt(at) - ZERO;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/**
 * Months since year 0 (`year * 12 + month - 1`) of a `YYYY-MM-DD` date or a `YYYY-MM` key, read
 * from the characters without allocating, for hot loops. Throws a RangeError on anything else.
 */
export function monthIndex(dateOrMonth: string): number {
  const s = dateOrMonth;
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const separated = s.charCodeAt(4) === DASH && (s.length === 7 || s.charCodeAt(7) === DASH);
  if (!separated || !(month >= 1 && month <= 12) || Number.isNaN(year)) {
    throw new RangeError(`Not a YYYY-MM-DD date or YYYY-MM month: "${dateOrMonth}"`);
  }
  return year * 12 + month - 1;
}

/** The month key for a {@link monthIndex}: `24301` -> `'2025-02'`. */
export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  if (!Number.isInteger(index) || year < 0 || year > 9999) {
    throw new RangeError(`Month index out of range: ${index}`);
  }
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function keyIndex(month: string): number {
  if (!isMonthKey(month)) throw new RangeError(`Not a YYYY-MM month: "${month}"`);
  return monthIndex(month);
}

/** Orders month keys (or dates) ascending: negative, zero or positive. */
export function compareMonths(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** `month` moved by `n` months (negative goes back): `addMonths('2025-11', 3)` -> `'2026-02'`. */
export function addMonths(month: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of months: ${n}`);
  return monthFromIndex(keyIndex(month) + n);
}

/** The month after `month`: `'2024-12'` -> `'2025-01'`. */
export function nextMonth(month: string): string {
  return addMonths(month, 1);
}

/** Months from `from` to `to` (negative when `to` is earlier): `('2025-01', '2025-03')` -> 2. */
export function monthsBetween(from: string, to: string): number {
  return keyIndex(to) - keyIndex(from);
}

/** Every month key from `from` to `to`, both included; empty when `to` is before `from`. */
export function monthRange(from: string, to: string): string[] {
  const first = keyIndex(from);
  const last = keyIndex(to);
  const months: string[] = [];
  for (let index = first; index <= last; index += 1) months.push(monthFromIndex(index));
  return months;
}

/** The UTC month of `today` (passed in, never read from the clock here). */
export function currentMonth(today: Date): string {
  if (Number.isNaN(today.getTime())) throw new RangeError('Invalid date');
  return monthFromIndex(today.getUTCFullYear() * 12 + today.getUTCMonth());
}

/**
 * The months of a chart period: a month key is itself, a quarter (`YYYY-Q1`..`YYYY-Q4`) its three
 * months, a year (`YYYY`) January to December.
 */
export function monthsOfPeriod(period: string): { readonly from: string; readonly to: string } {
  if (/^\d{4}$/.test(period)) return { from: `${period}-01`, to: `${period}-12` };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter === null) return { from: period, to: period };
  const first = monthIndex(`${quarter[1]}-01`) + (Number(quarter[2]) - 1) * 3;
  return { from: monthFromIndex(first), to: monthFromIndex(first + 2) };
}

/** The earlier of two months, either of which may be open (null) or not a month key (open). */
export function earlierMonth(a: string | null, b: string | null): string | null {
  const valid = (month: string | null) => (month !== null && isMonthKey(month) ? month : null);
  const first = valid(a);
  const second = valid(b);
  if (first === null) return second;
  if (second === null) return first;
  return compareMonths(first, second) <= 0 ? first : second;
}
