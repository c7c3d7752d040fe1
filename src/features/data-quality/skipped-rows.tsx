import { memo, useState } from 'react';
import type { SkippedRow } from '../../data/parse-incidents';
import { useI18n } from '../../lib/i18n/i18n';
import './data-quality.css';

interface SkippedRowsProps {
  readonly skipped: readonly SkippedRow[];
  readonly receivedCount: number;
}

/** Rows that failed validation: never dropped in silence. */
export const SkippedRows = memo(function SkippedRows({ skipped, receivedCount }: SkippedRowsProps) {
  const { t, f } = useI18n();
  const [copied, setCopied] = useState('');
  if (skipped.length === 0) return null;
  const report = skipped
    .map((row) => `row ${row.row}${row.id ? ` (${row.id})` : ''}, ${row.field}: ${row.reason}`)
    .join('\n');
  const copy = () => {
    const failed = () => setCopied(t.skipped.copyFailed);
    // No clipboard outside a secure context (a plain http:// host that is not localhost).
    if (typeof navigator.clipboard?.writeText !== 'function') return failed();
    navigator.clipboard.writeText(report).then(() => setCopied(t.skipped.copied), failed);
  };
  return (
    <div className="notice skipped-rows" role="alert">
      <p>
        <strong>
          {t.skipped.headline({
            n: f.formatCount(skipped.length),
            total: f.formatCount(receivedCount),
          })}
        </strong>{' '}
        {t.skipped.rest}
      </p>
      <details>
        <summary>{t.skipped.show}</summary>
        <table aria-label={t.skipped.table}>
          <thead>
            <tr>
              <th scope="col">{t.skipped.row}</th>
              <th scope="col">{t.skipped.id}</th>
              <th scope="col">{t.skipped.field}</th>
              <th scope="col">{t.skipped.reason}</th>
            </tr>
          </thead>
          <tbody>
            {skipped.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.id ?? '–'}</td>
                <td>{row.field}</td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={copy}>
          {t.skipped.copy}
        </button>{' '}
        <span role="status">{copied}</span>
      </details>
    </div>
  );
});
