// @vitest-environment node
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { measureTechniqueCoverage } from '../../../scripts/lib/technique-coverage';
import { incidentsResponseSchema } from '../../../src/data/incident-schema';
import {
  TECHNIQUE_CLASSES,
  TECHNIQUE_RULES,
  classifyTechnique,
} from '../../../src/domain/technique-class';
import dataset from '../../../mocks/data/incidents.json';

describe('classifyTechnique: ordered rules from the source’s words to a class', () => {
  it.each([
    [null, 'not-stated'],
    ['', 'not-stated'],
    ['   ', 'not-stated'],
    ['Unknown', 'not-stated'],
    ['Access Control', 'access-control'],
    ['lack-of-access-control', 'access-control'],
    ['Accesscontrol', 'access-control'],
    ['Bad Access Controal', 'access-control'],
    ['Unprotected public function', 'access-control'],
    ['leaked admin private key', 'key-compromise'],
    ['hot wallet hack', 'key-compromise'],
    ['validator private keys compromised (5 of 9)', 'key-compromise'],
    ['supply chain (compromised Safe{Wallet} UI / multisig blind signing)', 'supply-chain'],
    ['DNS attack injecting malicious router address into front-end', 'supply-chain'],
    ['social engineering (phone scam)', 'social-engineering'],
    ['address poisoning: victim sent 1,155 WBTC to a look-alike address', 'social-engineering'],
    ['Rug pull', 'insider'],
    ['signature verification bypass (minted 120k wETH)', 'bridge-verification'],
    ['forged Merkle (IAVL) proof', 'bridge-verification'],
    ['Price Oracle Manipulation', 'price-manipulation'],
    ['flash-loan price manipulation of BUNNY minting', 'price-manipulation'],
    ['Flashloan Attack + Reentrancy', 'reentrancy'],
    ['Read-Only-Reentrancy', 'reentrancy'],
    ['Business Logic Flaw', 'logic-flaw'],
    ['Precission Loss', 'logic-flaw'],
    ['integer overflow', 'logic-flaw'],
    ['Arbitrary External Call Vulnerability', 'arbitrary-call'],
    ['Flashloan', 'flash-loan'],
    ['cloud service provider database breach', 'infrastructure'],
    ['Swap Metapool Attack', 'other-stated'],
  ] as const)('puts %j in %s', (technique, expected) => {
    expect(classifyTechnique(technique)).toBe(expected);
  });

  it('has between 10 and 15 classes, "Not stated" among them, and a rule for each named one', () => {
    expect(TECHNIQUE_CLASSES.length).toBeGreaterThanOrEqual(10);
    expect(TECHNIQUE_CLASSES.length).toBeLessThanOrEqual(15);
    expect(TECHNIQUE_CLASSES).toContain('not-stated');
    const ruled = new Set(TECHNIQUE_RULES.map(([techniqueClass]) => techniqueClass));
    const named = TECHNIQUE_CLASSES.filter((c) => c !== 'other-stated' && c !== 'not-stated');
    expect(named.filter((techniqueClass) => !ruled.has(techniqueClass))).toEqual([]);
  });
});

describe('technique classes of the shipped dataset', () => {
  const { incidents } = incidentsResponseSchema.parse(dataset);
  const csv = Papa.parse<Record<string, string>>(
    readFileSync(new URL('../../../mocks/data/source/incidents.csv', import.meta.url), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;

  it('gives every incident the class its source text maps to, and keeps the text', () => {
    const techniques = new Map(csv.map((row) => [row.id, row.technique || null]));
    const wrong = incidents.filter(
      (incident) =>
        incident.technique !== techniques.get(incident.id) ||
        incident.techniqueClass !== classifyTechnique(incident.technique),
    );
    expect(wrong.map((incident) => incident.id)).toEqual([]);
  });

  it('puts at least 90% of the dollars of rows with a stated technique in a named class', () => {
    const { stated, named, all, classes } = measureTechniqueCoverage(incidents);
    expect(classes.reduce((sum, c) => sum + c.count, 0)).toBe(all.count);
    expect(named.totalUsd / stated.totalUsd).toBeGreaterThanOrEqual(0.9);
  });
});
