/**
 * Reads what a person types into "From month" / "To month": `2025-03`, `03/2025`, `3/2025`,
 * `Mar 2025`, `Mar2025`, `mars 2025`, `2025 March`. Month names are read in English and French,
 * by any unambiguous prefix of three letters or more, with or without accents.
 *
 * While the person is still typing (`final: false`) only a value that more typing cannot turn into
 * another month is read: `2025-1` may still become `2025-12`, so it waits; a year is complete at
 * four digits. On Enter or when the field is left (`final: true`), `2025-1` is January.
 */
export type TypedMonth =
  | { readonly kind: 'empty' }
  | { readonly kind: 'month'; readonly month: string }
  | { readonly kind: 'unreadable' };

const EMPTY: TypedMonth = { kind: 'empty' };
const UNREADABLE: TypedMonth = { kind: 'unreadable' };

const YEAR_FIRST = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const MONTH_FIRST = /^(\d{1,2})\s*[-/.\s]\s*(\d{4})$/;
const NAME_FIRST = /^(\p{L}+)\.?[\s,]*(\d{4})$/u;
const YEAR_THEN_NAME = /^(\d{4})[\s,]*(\p{L}+)\.?$/u;

/** Lower case, no accents: `Févr.` -> `fevr.` */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function monthNames(): readonly (readonly string[])[] {
  const names: string[][] = Array.from({ length: 12 }, () => []);
  for (const tag of ['en-US', 'fr-FR']) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' });
      names.forEach((list, index) => {
        list.push(fold(format.format(new Date(Date.UTC(2000, index, 1)))).replace(/\.$/, ''));
      });
    }
  }
  return names;
}

let names: readonly (readonly string[])[] | null = null;

/** The month (1–12) a word names, or null when it names none or several. */
export function monthOfName(word: string): number | null {
  const token = fold(word);
  names ??= monthNames();
  const matches = new Set<number>();
  names.forEach((list, index) => {
    const exact = list.includes(token);
    const prefix = token.length >= 3 && list.some((name) => name.startsWith(token));
    if (exact || prefix) matches.add(index + 1);
  });
  const [only] = matches;
  return matches.size === 1 && only !== undefined ? only : null;
}

function key(year: string, month: number | null): TypedMonth {
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12) return UNREADABLE;
  return { kind: 'month', month: `${year}-${String(month).padStart(2, '0')}` };
}

/** What a typed text says, see {@link TypedMonth}. */
export function readTypedMonth(text: string, final: boolean): TypedMonth {
  const value = text.trim();
  if (value === '') return EMPTY;
  const yearFirst = YEAR_FIRST.exec(value);
  if (yearFirst) {
    const [, year = '', month = ''] = yearFirst;
    return !final && month.length < 2 ? UNREADABLE : key(year, Number(month));
  }
  const monthFirst = MONTH_FIRST.exec(value);
  if (monthFirst) {
    const [, month = '', year = ''] = monthFirst;
    return key(year, Number(month));
  }
  const nameFirst = NAME_FIRST.exec(value);
  if (nameFirst) {
    const [, name = '', year = ''] = nameFirst;
    return key(year, monthOfName(name));
  }
  const yearThenName = YEAR_THEN_NAME.exec(value);
  if (yearThenName) {
    const [, year = '', name = ''] = yearThenName;
    return key(year, monthOfName(name));
  }
  return UNREADABLE;
}
