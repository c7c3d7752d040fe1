import { useId } from 'react';
import { MAX_EXCLUDED } from '../../domain/view-url';
import { useI18n } from '../../lib/i18n/i18n';

interface ExcludeActionProps {
  readonly onExclude: () => void;
  /** As many incidents as a link holds are excluded already: say so instead. */
  readonly isFull: boolean;
}

/** "Exclude from the figures", with what it does (or why it cannot) said beside it. */
export function ExcludeAction({ onExclude, isFull }: ExcludeActionProps) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <div className="incident-detail-actions">
      <button type="button" onClick={onExclude} disabled={isFull} aria-describedby={hintId}>
        {t.exclude.action}
      </button>
      <p id={hintId} className="incident-detail-hint">
        {isFull ? t.exclude.full({ max: MAX_EXCLUDED }) : t.exclude.actionHint}
      </p>
    </div>
  );
}
