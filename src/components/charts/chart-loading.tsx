/** The Suspense fallback while a chart's code loads: a placeholder as tall as the chart. */
import { useI18n } from '../../lib/i18n/i18n';

export function ChartLoading({ height }: { readonly height: number }) {
  const { t } = useI18n();
  return (
    <div className="skeleton chart-skeleton" role="status" style={{ height }}>
      <span className="sr-only">{t.charts.loading}</span>
    </div>
  );
}
