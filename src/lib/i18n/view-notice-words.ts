// The notices about a link, in the reader's language: the domain says what was ignored, cut or
// corrected (tagged values), and this module words it.
import type { UnknownValues } from '../../domain/filter-options';
import type { LinkCut } from '../../domain/link-budget';
import type { IgnoredBecause, ViewNotice } from '../../domain/view-url';
import type { Formatters } from '../format';
import type { Messages } from './messages-en';

const NOTICE_VALUE_LENGTH = 40;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A value quoted in a notice: short, and without bidi controls that would reorder the notice. */
export function shortenValue(value: string): string {
  const shown = value.replace(BIDI_CONTROLS, '');
  return shown.length > NOTICE_VALUE_LENGTH ? `${shown.slice(0, NOTICE_VALUE_LENGTH)}…` : shown;
}

function because(why: IgnoredBecause, t: Messages): string {
  const w = t.viewUrl;
  switch (why.kind) {
    case 'too-long':
      return w.tooLong({ max: why.max });
    case 'not-month':
      return w.notMonth;
    case 'not-amount':
      return w.notAmount;
    case 'not-category':
      return w.notOneOf({ values: why.values.join(', ') });
    case 'not-mode':
      return w.useMode;
    case 'not-year':
      return w.notYear;
    case 'not-version':
      return t.pinned.notVersion;
    case 'not-compare':
    case 'not-measure':
    case 'not-labels':
    case 'not-sort':
      return w.useOneOf({ values: why.values.join(', ') });
  }
}

/** One notice about the link that was opened. */
export function wordViewNotice(notice: ViewNotice, t: Messages): string {
  const w = t.viewUrl;
  switch (notice.kind) {
    case 'ignored':
      return w.ignored({
        key: shortenValue(notice.key),
        value: shortenValue(notice.value),
        why: because(notice.because, t),
      });
    case 'unknown':
      return w.unknown({ key: shortenValue(notice.key) });
    case 'repeated':
      return w.repeated({ key: notice.key });
    case 'too-many':
      return w.tooMany({ key: notice.key, max: notice.max });
    case 'reversed':
      return w.reversed({ from: notice.from, to: notice.to });
  }
}

/** What the last change of the view lost so that its link fits. */
export function linkCutNotices(cuts: readonly LinkCut[], t: Messages, f: Formatters): string[] {
  return cuts.map((cut) => {
    switch (cut.kind) {
      case 'search':
        return t.viewUrl.searchCut({ max: cut.max });
      case 'values':
        return t.viewUrl.valuesCut({ key: cut.key, max: cut.max });
      case 'length':
        return t.viewUrl.lengthCut({ key: cut.key, max: f.formatCount(cut.max) });
    }
  });
}

/** Values in a link that name nothing in the dataset: ignored, and said. */
export function unknownValueNotices(unknown: UnknownValues, t: Messages): string[] {
  return [
    ...(unknown.attribution === null
      ? []
      : [t.app.unknownAttribution({ value: shortenValue(unknown.attribution) })]),
    ...unknown.chains.map((chain) => t.app.unknownChain({ value: shortenValue(chain) })),
    ...(unknown.technique === null
      ? []
      : [t.app.unknownTechnique({ value: shortenValue(unknown.technique) })]),
    ...unknown.exclude.map((id) => t.exclude.unknown({ value: shortenValue(id) })),
  ];
}
