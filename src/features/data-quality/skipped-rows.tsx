import { useState } from 'react';
import type { SkippedRow } from '../../data/parse-incidents';
import { formatCount } from '../../lib/format';

interface SkippedRowsProps {
  readonly skipped: readonly SkippedRow[];
  readonly receivedCount: number;
}

/** Rows that failed validation: never dropped in silence. */
export function SkippedRows({ skipped, receivedCount }: SkippedRowsProps) {
  const [copied, setCopied] = useState('');
  if (skipped.length === 0) return null;
  const report = skipped
    .map((row) => `row ${row.row}${row.id ? ` (${row.id})` : ''}, ${row.field}: ${row.reason}`)
    .join('\n');
  const copy = () => {
    navigator.clipboard.writeText(report).then(
      () => setCopied('Copied.'),
      () => setCopied('Could not copy: select the list and copy it by hand.'),
    );
  };
  return (
    <div className="notice skipped-rows" role="alert">
      <p>
        <strong>
          {formatCount(skipped.length)} of {formatCount(receivedCount)} incidents were skipped
        </strong>{' '}
        because they failed validation. Every figure on this page leaves them out.
      </p>
      <details>
        <summary>Show the skipped rows</summary>
        <table aria-label="Skipped rows">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Id</th>
              <th scope="col">Field</th>
              <th scope="col">Reason</th>
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
          Copy the list
        </button>{' '}
        <span role="status">{copied}</span>
      </details>
    </div>
  );
}
