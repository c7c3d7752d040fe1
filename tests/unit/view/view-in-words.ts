import { parseViewParams, type ParsedView } from '../../../src/domain/view-url';
import { en, type Messages } from '../../../src/lib/i18n/messages-en';
import { wordViewNotice } from '../../../src/lib/i18n/view-notice-words';

/** A query string read as the page reads it, its notices worded as the page shows them. */
export function parseViewInWords(
  search: string,
  t: Messages = en,
): { readonly view: ParsedView['view']; readonly notices: string[] } {
  const { view, notices } = parseViewParams(search);
  return { view, notices: notices.map((notice) => wordViewNotice(notice, t)) };
}
