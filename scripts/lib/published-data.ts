// The whole dataset at stable URLs of the built site (public/data/, copied into the build as
// /data/…), so a reader can load it without the app: written by `npm run data:import`, checked
// against a fresh build of it by tests/unit/data/published-data.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { incidentsTable } from '../../src/data/incidents-csv';
import { incidentsResponseSchema } from '../../src/data/incident-schema';
import { writeCsv } from '../../src/lib/csv';

export const PUBLISHED_DIR = 'public/data';

/** The files of public/data (name → text), from the dataset JSON and its source folder. */
export function publishedDataFiles(
  datasetText: string,
  sourceDir: string,
): Readonly<Record<string, string>> {
  const { incidents, meta } = incidentsResponseSchema.parse(JSON.parse(datasetText));
  const readme = [
    '# Crypto Theft Tracker: the whole dataset',
    '',
    `Dataset of ${meta.version ?? 'an unstated date'}: ${meta.count} incidents, ${meta.firstDate} to ${meta.lastDate}.`,
    'Every figure is a source\u2019s; SOURCES.md says how the dataset was built and where sources disagree.',
    '',
    '| file | what it holds |',
    '| --- | --- |',
    '| `incidents.json` | the data contract (`{ incidents, meta }`, docs/api.md): every field of every incident, the sources and the published estimates |',
    '| `incidents.csv` | one row per incident, every field (UTF-8 with a BOM; chains separated by `; `, source URLs by a space) |',
    '| `published-estimates.csv` | the published aggregate estimates shown beside the totals |',
    '| `SOURCES.md` | how the dataset was built, its versions and its caveats |',
    '',
    'Load it in one line (replace the host with the one serving the dashboard):',
    '',
    '```python',
    'import pandas as pd; df = pd.read_csv("https://HOST/data/incidents.csv", encoding="utf-8-sig")',
    '```',
    '',
    '```r',
    'df <- read.csv("https://HOST/data/incidents.csv", fileEncoding = "UTF-8-BOM")',
    '```',
    '',
    'In a spreadsheet: `=IMPORTDATA("https://HOST/data/incidents.csv")`',
    '',
    `Cite as: Crypto Theft Tracker (dataset of ${meta.version ?? 'unstated date'}).`,
    '',
  ].join('\n');
  return {
    'incidents.json': datasetText,
    'incidents.csv': writeCsv(incidentsTable(incidents)),
    'published-estimates.csv': readFileSync(join(sourceDir, 'published-estimates.csv'), 'utf8'),
    'SOURCES.md': readFileSync(join(sourceDir, 'SOURCES.md'), 'utf8'),
    'README.md': readme,
  };
}
