import { describeSource } from '../../lib/i18n/view-caption';
import type { ExportContext } from './export-context';

/** The credit line of an export of the current view, in the reader's language (images and CSVs). */
export function exportCredit(context: ExportContext): string {
  return describeSource(context.meta, context.generatedOn, context.locale);
}
