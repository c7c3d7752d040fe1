import { yearColor } from '../../components/charts/palette';
import { useResolvedTheme } from '../../components/charts/use-resolved-theme';
import type { ShownYears } from './use-shown-years';
import { RECENT_YEARS_SHOWN } from './shown-years';
import { useI18n } from '../../lib/i18n/i18n';

interface YearsShownProps extends ShownYears {
  readonly years: readonly string[];
}

/** The chart's legend: one checkbox per year, in the line's colour; unchecking hides the line. */
export function YearsShown({ years, shown, toggle, showAll, showRecent }: YearsShownProps) {
  const { t } = useI18n();
  const theme = useResolvedTheme();
  return (
    <fieldset className="chart-years">
      <legend>{t.charts.cumulative.yearsShown}</legend>
      {[...years].reverse().map((year) => (
        <label key={year}>
          <input type="checkbox" checked={shown.has(year)} onChange={() => toggle(year)} />
          <span
            className="chart-swatch"
            style={{ background: yearColor(year, theme) }}
            aria-hidden="true"
          />
          {year}
        </label>
      ))}
      <span className="chart-years-actions">
        <button type="button" onClick={showAll} disabled={shown.size === years.length}>
          {t.charts.cumulative.allYears}
        </button>
        <button type="button" onClick={showRecent}>
          {t.charts.cumulative.lastYears({ count: RECENT_YEARS_SHOWN })}
        </button>
      </span>
    </fieldset>
  );
}
