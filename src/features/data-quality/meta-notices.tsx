import { memo } from 'react';
import { BidiText } from '../../components/ui/bidi-text';
import { isolate } from '../../lib/bidi';
import type { MetaProblem } from '../../data/read-meta';
import type { Formatters } from '../../lib/format';
import type { Messages } from '../../lib/i18n/messages-en';
import { useI18n } from '../../lib/i18n/i18n';
import './data-quality.css';

/** What was wrong with the dataset's description, and what was done instead. */
export const MetaNotices = memo(function MetaNotices({
  problems,
}: {
  readonly problems: readonly MetaProblem[];
}) {
  const { t, f } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="notice meta-notices" role="status">
      <p>
        <strong>{t.metaNotices.title}</strong> {t.metaNotices.intro}
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <BidiText text={describeProblem(problem, t, f)} />
          </li>
        ))}
      </ul>
    </div>
  );
});

export function describeProblem(problem: MetaProblem, t: Messages, f: Formatters): string {
  const m = t.metaNotices;
  switch (problem.kind) {
    case 'missing':
      return m.missing({ reason: problem.reason });
    case 'field':
      return m.field({
        field: problem.field,
        reason: problem.reason,
        derived: problem.derived === null ? null : String(problem.derived),
      });
    case 'narrow':
      return m.narrow({
        field: problem.field,
        stated: problem.stated,
        derived: problem.derived,
        isLast: problem.field === 'lastDate',
      });
    case 'source':
    case 'estimate': {
      const name = problem.name === null ? '' : m.named({ name: isolate(problem.name, 80) });
      const words = { index: problem.index, name, field: problem.field, reason: problem.reason };
      return problem.kind === 'source' ? m.source(words) : m.estimate(words);
    }
    case 'source-link':
      return m.sourceLink({
        index: problem.index,
        name: m.named({ name: isolate(problem.name, 80) }),
        credentials: problem.hasCredentials,
      });
    case 'count':
      return m.count({
        announced: f.formatCount(problem.announced),
        received: f.formatCount(problem.received),
        count: problem.received,
      });
  }
}
