import { monthsOfPeriod } from '../domain/months';
import { isEmbedChart, isEmbedTheme, type EmbedChart, type EmbedTheme } from '../lib/embed-snippet';

/** What the embed's own parameters ask for; `badChart` is a `chart=` value it does not know. */
export interface EmbedParams {
  readonly chart: EmbedChart;
  readonly theme: EmbedTheme;
  readonly badChart: string | null;
  readonly badTheme: string | null;
}

/** `chart` and `theme` from the embed's query string; a bad value falls back with a notice. */
export function readEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const chart = params.get('chart');
  const theme = params.get('theme');
  return {
    chart: isEmbedChart(chart) ? chart : 'timeline',
    theme: isEmbedTheme(theme) ? theme : 'auto',
    badChart: chart === null || isEmbedChart(chart) ? null : chart,
    badTheme: theme === null || isEmbedTheme(theme) ? null : theme,
  };
}

/** The parameters the embed reads and the dashboard does not (the dashboard would call them unknown). */
export const EMBED_ONLY_PARAMS = ['chart'];

/**
 * The dashboard beside the embed (index.html in the same folder) with the embed's view: every
 * parameter passed on (a pinned `dataset=` included) except the embed's own.
 */
export function fullViewUrl(embedHref: string): string {
  const embed = new URL(embedHref);
  const url = new URL('./', embed);
  const params = new URLSearchParams(embed.search);
  for (const key of EMBED_ONLY_PARAMS) params.delete(key);
  if (params.get('theme') === 'auto') params.delete('theme');
  url.search = params.toString();
  return url.href;
}

/** The full view narrowed to one bar's period (`2025-02`, `2025-Q1`, `2025`), month by month. */
export function periodViewUrl(embedHref: string, period: string): string {
  const url = new URL(fullViewUrl(embedHref));
  const { from, to } = monthsOfPeriod(period);
  url.searchParams.set('from', from);
  url.searchParams.set('to', to);
  url.searchParams.delete('mode');
  return url.href;
}
