import { useCallback, useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';

export interface ExportStatus {
  readonly text: string;
  readonly isError: boolean;
}

/** Runs an export (which resolves to the file name) and words its progress for a status region. */
export function useExportTask() {
  const { t } = useI18n();
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const run = useCallback(
    async (task: () => Promise<string>) => {
      setStatus({ text: t.exports.preparing, isError: false });
      try {
        const fileName = await task();
        setStatus({ text: t.exports.downloaded({ file: fileName }), isError: false });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setStatus({ text: t.exports.failed({ reason }), isError: true });
      }
    },
    [t],
  );
  /** Says something other than "Downloaded …" (copied, shared), or clears the status. */
  const say = setStatus;
  return { status, run, say };
}
