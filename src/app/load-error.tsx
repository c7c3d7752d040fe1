import { useI18n } from '../lib/i18n/i18n';

export function LoadError({
  message,
  onRetry,
}: {
  readonly message: string;
  readonly onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div role="alert" className="load-error">
      <p>
        <strong>{t.app.loadError}</strong> {message}
      </p>
      <button type="button" onClick={onRetry}>
        {t.app.retry}
      </button>
    </div>
  );
}
