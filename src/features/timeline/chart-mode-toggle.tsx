import type { ChartMode } from '../../domain/view-state';
import { useI18n } from '../../lib/i18n/i18n';

const MODES: readonly ChartMode[] = ['monthly', 'quarterly', 'yearly'];

interface ChartModeToggleProps {
  readonly mode: ChartMode;
  readonly onModeChange: (mode: ChartMode) => void;
}

/** Monthly / Quarterly / Yearly: toggle buttons, the pressed one is the period the chart shows. */
export function ChartModeToggle({ mode, onModeChange }: ChartModeToggleProps) {
  const { t } = useI18n();
  return (
    <div className="chart-toggle" role="group" aria-label={t.charts.timeline.modeLabel}>
      {MODES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={option === mode}
          onClick={() => {
            if (option !== mode) onModeChange(option);
          }}
        >
          {t.charts.timeline[option]}
        </button>
      ))}
    </div>
  );
}
