export function LoadError({
  error,
  onRetry,
}: {
  readonly error: Error;
  readonly onRetry: () => void;
}) {
  return (
    <div role="alert" className="load-error">
      <p>
        <strong>The incidents could not be loaded.</strong> {error.message}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
