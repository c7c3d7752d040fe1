import type { IncidentFilters } from '../../domain/filter';
import { compareMonths } from '../../domain/months';
import type { TypedMonth } from './typed-month';

export type MonthEnd = 'from' | 'to';

/** The first and last month that hold data (`YYYY-MM`). */
export interface MonthBounds {
  readonly first: string;
  readonly last: string;
}

export type MonthDecision =
  /** Nothing to apply yet: the person is still typing. */
  | { readonly kind: 'wait' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'outside'; readonly month: string; readonly bounds: MonthBounds }
  | {
      readonly kind: 'apply';
      readonly from: string | null;
      readonly to: string | null;
      readonly swapped: boolean;
    };

/**
 * What a typed month does to the range. While typing (`final: false`) an empty or unreadable field
 * waits; on Enter or leaving the field an empty one opens that end of the range and an unreadable
 * one is reported. A month outside the data is never applied. Only two complete months are ever
 * compared, so a reversed range is swapped only when both ends are real months.
 */
export function decideMonth(
  end: MonthEnd,
  typed: TypedMonth,
  range: Pick<IncidentFilters, 'from' | 'to'>,
  bounds: MonthBounds | null,
  final: boolean,
): MonthDecision {
  if (typed.kind !== 'month') {
    if (!final) return { kind: 'wait' };
    if (typed.kind === 'unreadable') return { kind: 'unreadable' };
  }
  const month = typed.kind === 'month' ? typed.month : null;
  if (
    month !== null &&
    bounds !== null &&
    (compareMonths(month, bounds.first) < 0 || compareMonths(month, bounds.last) > 0)
  ) {
    return { kind: 'outside', month, bounds };
  }
  const from = end === 'from' ? month : range.from;
  const to = end === 'to' ? month : range.to;
  if (from !== null && to !== null && compareMonths(from, to) > 0) {
    return { kind: 'apply', from: to, to: from, swapped: true };
  }
  return { kind: 'apply', from, to, swapped: false };
}
