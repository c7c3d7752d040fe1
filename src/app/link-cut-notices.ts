import type { LinkCut } from '../domain/link-budget';
import type { Formatters } from '../lib/format';
import type { Messages } from '../lib/i18n/messages-en';

/** What the last change of the view lost so that its link fits, in the reader's language. */
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
