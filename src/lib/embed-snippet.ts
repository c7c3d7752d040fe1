// The embed snippet: the one place that builds an embedded chart's address, the `<iframe>` to
// paste and the few lines of script that let the frame follow its content's height, and the one
// place that defines the height message the embed page posts (docs/embed.md documents both).

export const EMBED_CHARTS = ['timeline', 'largest', 'cumulative', 'category', 'technique'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export function isEmbedChart(value: unknown): value is EmbedChart {
  return EMBED_CHARTS.some((chart) => chart === value);
}

export function isEmbedTheme(value: unknown): value is EmbedTheme {
  return EMBED_THEMES.some((theme) => theme === value);
}

/** The page an embed loads, beside index.html. */
export const EMBED_PAGE = 'embed.html';

/** `{ type: 'ctt:height', chart, height }`: posted to the host page when the content's height changes. */
export const HEIGHT_MESSAGE = 'ctt:height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly chart: EmbedChart;
  /** The embed's content height in CSS pixels, rounded up. */
  readonly height: number;
}

export function heightMessage(chart: EmbedChart, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, chart, height: Math.ceil(height) };
}

/** The frame's height for hosts that run no script: the chart, its caption and credit in view. */
export const FALLBACK_HEIGHTS: Readonly<Record<EmbedChart, number>> = {
  timeline: 620,
  largest: 700,
  cumulative: 680,
  category: 560,
  technique: 560,
};

/** Parameters of the dashboard's own that an embed has no use for. */
const DASHBOARD_ONLY = ['incident', 'sort', 'compare', 'chart', 'lang', 'theme', 'dataset'];

export interface EmbedOptions {
  readonly chart: EmbedChart;
  readonly theme: EmbedTheme;
  readonly lang: 'en' | 'fr';
  /** The dataset version the chart is pinned to; null for the latest data (live). */
  readonly pinnedVersion: string | null;
}

/**
 * The embed's address for the dashboard at `pageUrl`: the same view (its filters, mode, years and
 * any parameter this code does not know, which it passes on), the chart, its language and theme,
 * and `dataset=<version>` when pinned.
 */
export function embedUrl(pageUrl: string, options: EmbedOptions): string {
  const page = new URL(pageUrl);
  const url = new URL(EMBED_PAGE, page);
  const params = new URLSearchParams([['chart', options.chart]]);
  for (const [key, value] of page.searchParams) {
    if (!DASHBOARD_ONLY.includes(key)) params.append(key, value);
  }
  params.set('lang', options.lang);
  if (options.theme !== 'auto') params.set('theme', options.theme);
  if (options.pinnedVersion !== null) params.set('dataset', options.pinnedVersion);
  url.search = params.toString();
  return url.href;
}

function attribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * What a host pastes: the frame (a fixed height when no script runs) and the script that sets the
 * frame's height from the embed's messages, trusting only the embed's origin.
 */
export function embedSnippet(src: string, chart: EmbedChart, title: string): string {
  const origin = JSON.stringify(new URL(src).origin).replaceAll('<', '\\u003c');
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${FALLBACK_HEIGHTS[chart]}" style="border:0" loading="lazy" data-ctt-embed></iframe>`,
    '<script>',
    'window.addEventListener("message", function (e) {',
    `  if (e.origin !== ${origin} || !e.data || e.data.type !== "${HEIGHT_MESSAGE}") return;`,
    '  document.querySelectorAll("iframe[data-ctt-embed]").forEach(function (frame) {',
    '    if (frame.contentWindow === e.source) frame.style.height = e.data.height + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
