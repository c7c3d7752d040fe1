import { yearColor } from '../../components/charts/palette';
import type { ShownYears } from './use-shown-years';
import { RECENT_YEARS_SHOWN } from './shown-years';

interface YearsShownProps extends ShownYears {
  readonly years: readonly string[];
}

/** The chart's legend: one checkbox per year, in the line's colour; unchecking hides the line. */
export function YearsShown({ years, shown, toggle, showAll, showRecent }: YearsShownProps) {
  return (
    <fieldset className="chart-years">
      <legend>Years shown</legend>
      {[...years].reverse().map((year) => (
        <label key={year}>
          <input type="checkbox" checked={shown.has(year)} onChange={() => toggle(year)} />
          <span
            className="chart-swatch"
            style={{ background: yearColor(year) }}
            aria-hidden="true"
          />
          {year}
        </label>
      ))}
      <span className="chart-years-actions">
        <button type="button" onClick={showAll} disabled={shown.size === years.length}>
          All years
        </button>
        <button type="button" onClick={showRecent}>
          Last {RECENT_YEARS_SHOWN} years
        </button>
      </span>
    </fieldset>
  );
}
