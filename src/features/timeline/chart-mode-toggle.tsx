import type { ChartMode } from '../../domain/view-state';

const MODES: readonly { readonly mode: ChartMode; readonly label: string }[] = [
  { mode: 'monthly', label: 'Monthly' },
  { mode: 'yearly', label: 'Yearly' },
];

interface ChartModeToggleProps {
  readonly mode: ChartMode;
  readonly onModeChange: (mode: ChartMode) => void;
}

/** Monthly / Yearly: two toggle buttons, the pressed one is the period the chart shows. */
export function ChartModeToggle({ mode, onModeChange }: ChartModeToggleProps) {
  return (
    <div className="chart-toggle" role="group" aria-label="Chart period">
      {MODES.map((option) => (
        <button
          key={option.mode}
          type="button"
          aria-pressed={option.mode === mode}
          onClick={() => {
            if (option.mode !== mode) onModeChange(option.mode);
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
