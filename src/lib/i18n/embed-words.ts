import type { EmbedChart } from '../embed-snippet';
import type { Messages } from './messages-en';

/** An embeddable chart's title, in the messages' language (the embed's heading, the frame's title). */
export function embedChartTitle(chart: EmbedChart, t: Messages): string {
  const { charts } = t;
  return {
    timeline: charts.timeline.title,
    largest: charts.largest.title,
    cumulative: charts.cumulative.title,
    category: charts.breakdown.categoryTitle,
    technique: charts.breakdown.techniqueTitle,
  }[chart];
}
