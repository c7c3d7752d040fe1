/**
 * Prints how the shipped incidents fall into technique classes (npm run data:techniques): per
 * class the incidents and dollars, and the share of the rows with a stated technique that a named
 * class holds. The README's figures come from here.
 */
import dataset from '../mocks/data/incidents.json';
import { incidentsResponseSchema } from '../src/data/incident-schema';
import { measureTechniqueCoverage } from './lib/technique-coverage';

const { incidents } = incidentsResponseSchema.parse(dataset);
const coverage = measureTechniqueCoverage(incidents);
const usd = (amount: number) => `$${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
const share = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;
for (const { techniqueClass, count, totalUsd } of coverage.classes) {
  console.log(`${techniqueClass.padEnd(20)} ${String(count).padStart(4)}  ${usd(totalUsd)}`);
}
const { stated, named, all } = coverage;
console.log(
  `\nA technique is stated for ${stated.count} of ${all.count} incidents (${usd(stated.totalUsd)} of ${usd(all.totalUsd)}).` +
    `\nOf those, a named class holds ${named.count} incidents (${share(named.count, stated.count)})` +
    ` and ${usd(named.totalUsd)} (${share(named.totalUsd, stated.totalUsd)} of the dollars).` +
    `\nOf every incident: ${share(named.count, all.count)} of incidents, ${share(named.totalUsd, all.totalUsd)} of dollars.`,
);
