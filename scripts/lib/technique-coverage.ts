import type { Incident } from '../../src/domain/incident';
import { TECHNIQUE_CLASSES, type TechniqueClass } from '../../src/domain/technique-class';

export interface ClassTotals {
  readonly techniqueClass: TechniqueClass;
  readonly count: number;
  readonly totalUsd: number;
}

export interface TechniqueCoverage {
  readonly classes: readonly ClassTotals[];
  /** Rows whose source states a technique, and their dollars. */
  readonly stated: { readonly count: number; readonly totalUsd: number };
  /** Of those, the rows in a named class (not `other-stated`). */
  readonly named: { readonly count: number; readonly totalUsd: number };
  readonly all: { readonly count: number; readonly totalUsd: number };
}

/** How the incidents fall into technique classes, and how much of it a named class holds. */
export function measureTechniqueCoverage(incidents: readonly Incident[]): TechniqueCoverage {
  const sums = new Map<TechniqueClass, { count: number; cents: number }>(
    TECHNIQUE_CLASSES.map((techniqueClass) => [techniqueClass, { count: 0, cents: 0 }]),
  );
  for (const incident of incidents) {
    const sum = sums.get(incident.techniqueClass);
    if (sum === undefined) continue;
    sum.count += 1;
    sum.cents += Math.round(incident.amountUsd * 100);
  }
  const classes = TECHNIQUE_CLASSES.map((techniqueClass) => {
    const { count, cents } = sums.get(techniqueClass) ?? { count: 0, cents: 0 };
    return { techniqueClass, count, totalUsd: cents / 100 };
  });
  const total = (keep: (c: ClassTotals) => boolean) => {
    const kept = classes.filter(keep);
    const cents = kept.reduce((sum, c) => sum + Math.round(c.totalUsd * 100), 0);
    return { count: kept.reduce((sum, c) => sum + c.count, 0), totalUsd: cents / 100 };
  };
  return {
    classes,
    all: total(() => true),
    stated: total((c) => c.techniqueClass !== 'not-stated'),
    named: total((c) => c.techniqueClass !== 'not-stated' && c.techniqueClass !== 'other-stated'),
  };
}
