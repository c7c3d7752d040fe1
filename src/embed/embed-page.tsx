import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ChartLoading } from '../components/charts/chart-loading';
import { incidentQueries } from '../data/incident-queries';
import { IncidentsError } from '../data/incidents-error';
import { parseViewParams } from '../domain/view-url';
import { EMBED_CHARTS, EMBED_THEMES } from '../lib/embed-snippet';
import { shortCitation } from '../lib/i18n/citation';
import { embedChartTitle } from '../lib/i18n/embed-words';
import { describeIncidentsError } from '../lib/i18n/error-words';
import { useI18n } from '../lib/i18n/i18n';
import type { Messages } from '../lib/i18n/messages-en';
import { describeExportFilters, shortSourceName } from '../lib/i18n/view-caption';
import { unknownValueNotices, wordViewNotice } from '../lib/i18n/view-notice-words';
import { EmbedFigure } from './embed-figure';
import { EMBED_ONLY_PARAMS, fullViewUrl, periodViewUrl, readEmbedParams } from './embed-links';
import { useEmbedFigures } from './use-embed-figures';
import { usePostHeight } from './use-post-height';

/** Read by the dataset-version work, passed on by the embed: not "unknown" here. */
const PASSED_ON = [...EMBED_ONLY_PARAMS, 'dataset'];

/**
 * A chart on its own, for a frame in another page: its title, the chart, its caption with the
 * view in words, the credit and citation, and a link to the full view. No filters, no table.
 */
export function EmbedPage({ href }: { readonly href: string }) {
  const { t, f, locale } = useI18n();
  const search = new URL(href).search;
  const params = useMemo(() => readEmbedParams(search), [search]);
  const { view, notices } = useMemo(() => parseViewParams(search), [search]);
  const query = useQuery(incidentQueries.list());
  const data = query.data;
  const derived = useEmbedFigures(data, view);
  // The caption names an excluded incident ("Excluding Bybit"), as the dashboard's chips do.
  const names = useMemo(
    () => new Map((data?.incidents ?? []).map((incident) => [incident.id, incident.name])),
    [data],
  );
  const [content, setContent] = useState<HTMLDivElement | null>(null);
  usePostHeight(content, params.chart);
  const title = embedChartTitle(params.chart, t);
  useEffect(() => {
    document.title = `${title} · ${t.app.name}`;
  }, [title, t]);
  const shownNotices = [
    ...(params.badChart === null
      ? []
      : [t.embed.badChart({ value: params.badChart, values: EMBED_CHARTS.join(', ') })]),
    ...(params.badTheme === null
      ? []
      : [t.embed.badTheme({ value: params.badTheme, values: EMBED_THEMES.join(', ') })]),
    ...notices
      .filter((notice) => !(notice.kind === 'unknown' && PASSED_ON.includes(notice.key)))
      .map((notice) => wordViewNotice(notice, t)),
    ...(derived ? unknownValueNotices(derived.unknown, t) : []),
  ];
  const open = (url: string) => window.open(url, '_top');
  const sources = data?.meta.sources.map((source) => shortSourceName(source.name)) ?? [];
  return (
    <div ref={setContent} className="embed">
      {shownNotices.length > 0 && (
        <ul className="embed-notices" role="status" aria-label={t.embed.noticesLabel}>
          {shownNotices.map((notice) => (
            <li key={notice}>
              <bdi>{notice}</bdi>
            </li>
          ))}
        </ul>
      )}
      {query.isError && !data && (
        <div className="notice" role="alert">
          <p>{t.embed.loadFailed({ reason: loadError(query.error, t, f) })}</p>
          <button type="button" onClick={() => void query.refetch()}>
            {t.embed.retry}
          </button>
        </div>
      )}
      {query.isPending && (
        <section className="panel chart" aria-label={title} aria-busy="true">
          <h2>{title}</h2>
          <ChartLoading height={320} />
        </section>
      )}
      {data && derived && (
        <EmbedFigure
          chart={params.chart}
          figures={derived.figures}
          view={describeExportFilters(derived.filters, data.meta, locale, names)}
          onSelectPeriod={(period) => open(periodViewUrl(href, period))}
          onSelectIncident={(id) => open(incidentViewUrl(href, id))}
        />
      )}
      <footer className="embed-credit">
        {data && (
          <p>
            {t.embed.source({
              names: sources.length > 0 ? sources.join(', ') : t.embed.noSources,
              to: data.meta.lastDate === null ? null : f.formatDate(data.meta.lastDate),
            })}{' '}
            {t.embed.citeAs({ value: shortCitation(data.meta.version, t, f) })}
          </p>
        )}
        <a href={fullViewUrl(href)} target="_top">
          {t.embed.openFull}
        </a>
      </footer>
    </div>
  );
}

/** The full view with one incident's detail open. */
function incidentViewUrl(href: string, id: string): string {
  const url = new URL(fullViewUrl(href));
  url.searchParams.set('incident', id);
  return url.href;
}

function loadError(error: Error, t: Messages, f: ReturnType<typeof useI18n>['f']): string {
  if (!(error instanceof IncidentsError)) return error.message;
  return describeIncidentsError(error.kind, error.status, error.details, t, f) ?? error.message;
}
