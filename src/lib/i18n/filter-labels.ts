import { CATEGORIES } from '../../domain/incident';
import { isolate } from '../bidi';
import { isTechniqueClass } from '../../domain/technique-class';
import { DPRK_UNNAMED, SUSPECTED } from '../../domain/filter';
import { OTHER_LABEL, UNATTRIBUTED_LABEL, UNKNOWN_TECHNIQUE } from '../../domain/breakdown';
import type { ActiveFilter } from '../../domain/describe-filters';
import type { Formatters } from '../format';
import type { Messages } from './messages-en';

/** Longest data text in a chip; the whole value is in its filter's field. */
const CHIP_TEXT = 60;

/** An active filter in the reader's words: `Feb 2025`, `Chain: Ethereum`, `Au moins 1 M $US`. */
export function chipLabel({ description: d }: ActiveFilter, t: Messages, f: Formatters): string {
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
              : isolate(d.value, CHIP_TEXT),
      });
    case 'category':
      return t.labels.categories[d.value];
    case 'chain':
      return m.chipChain({ value: isolate(d.value, CHIP_TEXT) });
    case 'technique':
      return m.chipTechnique({ value: isolate(techniqueLabel(d.value, t), CHIP_TEXT) });
    case 'search':
      return m.chipSearch({ value: isolate(d.value, CHIP_TEXT) });
    case 'minAmount':
      return m.chipMin({ amount: f.formatUsdCompact(d.amount) });
    case 'maxAmount':
      return m.chipMax({ amount: f.formatUsdCompact(d.amount) });
  }
}

/** A breakdown group key as read: the domain's English placeholders translated. */
export function groupKeyLabel(key: string, t: Messages): string {
  if (key === UNKNOWN_TECHNIQUE) return t.labels.unknown;
  if (key === UNATTRIBUTED_LABEL) return t.labels.unattributed;
  if (key === OTHER_LABEL) return t.labels.other;
  if (key === `${OTHER_LABEL} (the rest)`) return t.labels.otherRest;
  return key;
}

/** A technique class as read; any other value (an old link's free text) as it is. */
export function techniqueLabel(value: string, t: Messages): string {
  return isTechniqueClass(value) ? t.labels.techniqueClasses[value] : value;
}

/** A group key that may be a category slug. */
export function categoryKeyLabel(key: string, t: Messages): string {
  const category = CATEGORIES.find((value) => value === key);
  return category ? t.labels.categories[category] : groupKeyLabel(key, t);
}
