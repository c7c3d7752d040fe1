// The period a view is compared with, in the reader's language: `2024`, `Feb 2024`,
// `Oct–Dec 2024`, `Nov 2024 – Jan 2025`.
import type { MonthRange } from '../../domain/compare';
import type { Formatters } from '../format';

export function comparePeriodLabel({ from, to }: MonthRange, f: Formatters): string {
  const year = from.slice(0, 4);
  if (year !== to.slice(0, 4)) return `${f.formatMonthShort(from)} – ${f.formatMonthShort(to)}`;
  if (from.endsWith('-01') && to.endsWith('-12')) return year;
  if (from === to) return f.formatMonthShort(from);
  const name = (month: string) => f.formatMonthName(Number(month.slice(5, 7)));
  return `${name(from)}–${name(to)} ${year}`;
}
