import { useMemo } from 'react';
import { unknownValues, type OptionValues } from '../domain/filter-options';
import type { IncidentsResult } from '../data/parse-incidents';
import type { LinkCut } from '../domain/link-budget';
import type { ViewState } from '../domain/view-state';
import type { ViewNotice } from '../domain/view-url';
import { useI18n } from '../lib/i18n/i18n';
import { linkCutNotices, unknownValueNotices, wordViewNotice } from '../lib/i18n/view-notice-words';
import { ViewNotices } from './view-notices-panel';

interface PageNoticesProps {
  readonly view: ViewState;
  readonly notices: readonly ViewNotice[];
  readonly cuts: readonly LinkCut[];
  readonly data: IncidentsResult | undefined;
  readonly values: OptionValues;
}

/** What the link held that the page ignored, corrected or could not keep, in one list. */
export function PageNotices({ view, notices, cuts, data, values }: PageNoticesProps) {
  const { t, f } = useI18n();
  const worded = useMemo(() => {
    const found = [
      ...linkCutNotices(cuts, t, f),
      ...notices.map((notice) => wordViewNotice(notice, t)),
      ...(data ? unknownValueNotices(unknownValues(view.filters, values), t) : []),
    ];
    if (data && view.incident !== null && !data.incidents.some((i) => i.id === view.incident)) {
      found.push(t.app.missingIncident);
    }
    return found;
  }, [cuts, notices, data, view.filters, view.incident, values, t, f]);
  return <ViewNotices notices={worded} />;
}
