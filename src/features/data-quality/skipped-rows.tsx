import { memo, useMemo, useState } from 'react';
import type { SkippedRow } from '../../data/parse-incidents';
import { clipText } from '../../lib/bidi';
import { useI18n } from '../../lib/i18n/i18n';
import { AllSkippedRows } from './all-skipped-rows';
import { firstRowsOfGroups, groupSkippedRows, skippedReport } from './group-skipped';
import './data-quality.css';

/** Rows of each reason listed before "Show all". */
export const FIRST_ROWS_PER_REASON = 5;
const ID_CHARS = 80;

interface SkippedRowsProps {
  readonly skipped: readonly SkippedRow[];
  readonly receivedCount: number;
}

/**
 * Rows that failed validation, never dropped in silence: grouped by reason, the first rows of
 * each reason in a table, every row of one reason on request (virtualized), and a copyable report.
 */
export const SkippedRows = memo(function SkippedRows({ skipped, receivedCount }: SkippedRowsProps) {
  const { t, f } = useI18n();
  const [copied, setCopied] = useState('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const groups = useMemo(() => groupSkippedRows(skipped), [skipped]);
  const firstRows = useMemo(() => firstRowsOfGroups(groups, FIRST_ROWS_PER_REASON), [groups]);
  if (skipped.length === 0) return null;
  const copy = () => {
    const failed = () => setCopied(t.skipped.copyFailed);
    // No clipboard outside a secure context (a plain http:// host that is not localhost).
    if (typeof navigator.clipboard?.writeText !== 'function') return failed();
    // Built on demand: a report of 100,000 lines is not kept on every render.
    navigator.clipboard
      .writeText(skippedReport(skipped))
      .then(() => setCopied(t.skipped.copied), failed);
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
        <ul aria-label={t.skipped.byReason} className="skipped-groups">
          {groups.map((group) => {
            const words = {
              n: f.formatCount(group.rows.length),
              field: group.field,
              reason: group.reason,
            };
            const isOpen = expanded === group.key;
            return (
              <li key={group.key}>
                <bdi>{t.skipped.group({ ...words, count: group.rows.length })}</bdi>
                {group.rows.length > FIRST_ROWS_PER_REASON && (
                  <>
                    {' '}
                    <button
                      type="button"
                      aria-expanded={isOpen}
                      onClick={() => setExpanded(isOpen ? null : group.key)}
                    >
                      {isOpen ? t.skipped.hideAll : t.skipped.showAll({ n: words.n })}
                    </button>
                    {isOpen && (
                      <AllSkippedRows label={t.skipped.allRows(words)} rows={group.rows} />
                    )}
                  </>
                )}
              </li>
            );
          })}
        </ul>
        {firstRows.length < skipped.length && (
          <p>{t.skipped.firstRows({ count: FIRST_ROWS_PER_REASON })}</p>
        )}
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
            {firstRows.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>
                  <bdi>{row.id === null ? '–' : clipText(row.id, ID_CHARS)}</bdi>
                </td>
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
