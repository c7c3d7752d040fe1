import { useId } from 'react';
import { TIMELINE_MEASURES, type TimelineMeasure } from '../../domain/timeline-measure';
import { useI18n } from '../../lib/i18n/i18n';

interface TimelineOptionsProps {
  readonly measure: TimelineMeasure;
  readonly onMeasureChange: (measure: TimelineMeasure) => void;
  readonly hasLabels: boolean;
  readonly onLabelsChange: (hasLabels: boolean) => void;
}

/** Stolen / Net of recoveries / DPRK share, and the switch that names the largest incidents. */
export function TimelineOptions({
  measure,
  onMeasureChange,
  hasLabels,
  onLabelsChange,
}: TimelineOptionsProps) {
  const { t } = useI18n();
  const v = t.timelineViews;
  const switchId = useId();
  return (
    <>
      <div className="chart-toggle" role="group" aria-label={v.measureLabel}>
        {TIMELINE_MEASURES.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={option === measure}
            onClick={() => {
              if (option !== measure) onMeasureChange(option);
            }}
          >
            {v[option]}
          </button>
        ))}
      </div>
      <span className="chart-switch">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={hasLabels}
          onChange={(event) => onLabelsChange(event.currentTarget.checked)}
        />
        <label htmlFor={switchId}>{v.labelsSwitch}</label>
      </span>
    </>
  );
}
