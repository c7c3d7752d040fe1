import { CATEGORIES } from '../../domain/incident';
import { isolate } from '../bidi';
import { isTechniqueClass } from '../../domain/technique-class';
import { DPRK_UNNAMED, SUSPECTED } from '../../domain/filter';
import { REST_KEY } from '../../domain/breakdown';
import type { ActiveFilter } from '../../domain/describe-filters';
import type { Formatters } from '../format';
import type { Messages } from './messages-en';

/** Longest data text in a chip; the whole value is in its filter's field. */
const CHIP_TEXT = 60;

/**
 * An active filter in the reader's words: `Feb 2025`, `Chain: Ethereum`, `Au moins 1 M $US`. Data
 * text is isolated and cut to `max` characters (a chip's length unless told; `Infinity` for all).
 */
export function chipLabel(
  { description: d }: ActiveFilter,
  t: Messages,
  f: Formatters,
  max = CHIP_TEXT,
): string {
  const m = t.filters;
  switch (d.kind) {
    case 'month':
      return f.formatMonthShort(d.month);
    case 'range':
      return `${f.formatMonthShort(d.from)} – ${f.formatMonthShort(d.to)}`;
    case 'from':
      return m.rangeFrom({ month: f.formatMonthShort(d.month) });
    case 'until':
      return m.rangeUntil({ month: f.formatMonthShort(d.month) });
    case 'dprk':
      return m.chipDprk;
    case 'unattributed':
      return t.labels.unattributed;
    case 'attribution':
      return m.chipAttribution({
        value:
          d.value === DPRK_UNNAMED
            ? t.labels.dprkUnnamed
            : d.value === SUSPECTED
              ? t.labels.suspected
              : isolate(d.value, max),
      });
    case 'category':
      return t.labels.categories[d.value];
    case 'chain':
      return m.chipChain({ value: isolate(d.value, max) });
    case 'technique':
      return m.chipTechnique({ value: isolate(techniqueLabel(d.value, t), max) });
    case 'search':
      return m.chipSearch({ value: isolate(d.value, max) });
    case 'minAmount':
      return m.chipMin({ amount: f.formatUsdCompact(d.amount) });
    case 'maxAmount':
      return m.chipMax({ amount: f.formatUsdCompact(d.amount) });
    case 'exclude':
      return t.exclude.chip({ name: isolate(d.name, max) });
  }
}

/**
 * A breakdown group as read: a category or technique class in the reader's words, the row of the
 * groups left out ({@link REST_KEY}) as "Other", or "Other (the rest)" when a group shown beside it
 * is itself called "Other" (the category `other`).
 */
export function groupKeyLabel(key: string, shownKeys: readonly string[], t: Messages): string {
  if (key === REST_KEY) {
    const clash = shownKeys.some(
      (shown) => shown !== REST_KEY && groupKeyLabel(shown, [], t) === t.labels.other,
    );
    return clash ? t.labels.otherRest : t.labels.other;
  }
  const category = CATEGORIES.find((value) => value === key);
  if (category) return t.labels.categories[category];
  return isTechniqueClass(key) ? t.labels.techniqueClasses[key] : key;
}

/** A technique class as read; any other value (an old link's free text) as it is. */
export function techniqueLabel(value: string, t: Messages): string {
  return isTechniqueClass(value) ? t.labels.techniqueClasses[value] : value;
}
