// The citation of a view: a short form for a caption, a full one for a reference list, and the
// same as BibTeX and RIS entries for reference managers. Pure: the caller gives the view in
// words, the dataset's dates, the permalink and the day of retrieval.
import type { Messages } from './messages-en';
import type { Formatters } from '../format';

export const TOOL_NAME = 'Crypto Theft Tracker';

export interface CitationInput {
  /** The active filters in the reader's words; empty for the unfiltered view. */
  readonly view: readonly string[];
  /** `YYYY-MM-DD`, or null when the dataset does not say. */
  readonly version: string | null;
  readonly lastDate: string | null;
  readonly url: string;
  /** `YYYY-MM-DD`: the day the reader took the figures. */
  readonly retrieved: string;
}

export interface Citation {
  readonly short: string;
  readonly full: string;
  readonly bibtex: string;
  readonly ris: string;
}

/** `Crypto Theft Tracker (dataset of 1 Dec 2026)`: what goes under a chart. */
export function shortCitation(version: string | null, t: Messages, f: Formatters): string {
  return version === null
    ? TOOL_NAME
    : t.cite.shortForm({ tool: TOOL_NAME, version: f.formatDate(version) });
}

/** BibTeX's special characters escaped; braces balanced by escaping them. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`));
}

/** One line of an RIS field: no line breaks inside a value. */
function risText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

export function buildCitation(input: CitationInput, t: Messages, f: Formatters): Citation {
  const view = input.view.length > 0 ? input.view.join('; ') : t.cite.allIncidents;
  const short = shortCitation(input.version, t, f);
  const full = t.cite.fullForm({
    view,
    tool: TOOL_NAME,
    version: input.version === null ? null : f.formatDate(input.version),
    lastDate: input.lastDate === null ? null : f.formatDate(input.lastDate),
    url: input.url,
    retrieved: f.formatDate(input.retrieved),
  });
  const title = `${TOOL_NAME}: ${view}`;
  const year = (input.version ?? input.retrieved).slice(0, 4);
  const key = `cryptothefttracker${(input.version ?? input.retrieved).replaceAll('-', '')}`;
  const note =
    input.version === null
      ? ''
      : `Dataset of ${input.version}` + (input.lastDate ? `, incidents to ${input.lastDate}` : '');
  const bibtex = [
    `@misc{${key},`,
    `  title = {${bibtexText(title)}},`,
    `  author = {{${TOOL_NAME}}},`,
    `  year = {${year}},`,
    `  howpublished = {\\url{${input.url}}},`,
    ...(note ? [`  note = {${bibtexText(note)}},`] : []),
    `  urldate = {${input.retrieved}}`,
    '}',
    '',
  ].join('\n');
  const ris = [
    'TY  - DATA',
    `TI  - ${risText(title)}`,
    `AU  - ${TOOL_NAME}`,
    `PY  - ${year}`,
    ...(input.version ? [`DA  - ${input.version.replaceAll('-', '/')}`] : []),
    `UR  - ${input.url}`,
    `Y2  - ${input.retrieved.replaceAll('-', '/')}`,
    ...(note ? [`N1  - ${risText(note)}`] : []),
    'ER  - ',
    '',
  ].join('\r\n');
  return { short, full, bibtex, ris };
}
