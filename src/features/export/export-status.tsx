import type { ExportStatus } from './use-export-task';

/** The status region: read out by screen readers; shown on screen only when something failed. */
export function ExportStatusText({ status }: { readonly status: ExportStatus | null }) {
  return (
    <span role="status" className={status?.isError ? 'export-error' : 'sr-only'}>
      {status?.text ?? ''}
    </span>
  );
}
