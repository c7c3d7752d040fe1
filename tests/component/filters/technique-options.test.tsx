import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { collectOptionValues, toFilterOptions } from '../../../src/domain/filter-options';
import { OptionFilters } from '../../../src/features/filters/option-filters';
import { I18nProvider } from '../../../src/lib/i18n/i18n';
import type { Locale } from '../../../src/lib/format';

const incidents = makeIncidents([
  ['a', '2025-01-10', 2_500_000, { technique: 'private key compromise' }],
  ['b', '2025-02-10', 1_000_000, { technique: 'compromised private keys' }],
  ['c', '2025-03-10', 40_000_000, { technique: 'phishing', attribution: 'DPRK' }],
  ['d', '2025-03-12', 7_000, { technique: null }],
]);

/** The filters as the page holds them: options recounted on every change. */
function Harness({ initial }: { readonly initial: IncidentFilters }) {
  const [filters, setFilters] = useState(initial);
  const { optionCounts } = summarizeView(incidents, filters);
  const options = toFilterOptions(optionCounts, collectOptionValues(incidents));
  return <OptionFilters filters={filters} options={options} onChange={setFilters} />;
}

function renderOptions(filters: IncidentFilters, locale: Locale = 'en') {
  render(
    <I18nProvider locale={locale}>
      <Harness initial={filters} />
    </I18nProvider>,
  );
}

const techniqueTexts = (name: string) =>
  within(screen.getByRole('combobox', { name }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the Technique filter', () => {
  it('says how many incidents and dollars each technique class holds', () => {
    renderOptions(EMPTY_FILTERS);
    expect(techniqueTexts('Technique')).toEqual([
      'All techniques',
      'Private key or wallet compromise (2 · $3.5M)',
      'Phishing or social engineering (1 · $40.0M)',
      'Not stated (1 · $7.0K)',
    ]);
  });

  it('counts the classes under the other filters', () => {
    renderOptions({ ...EMPTY_FILTERS, attribution: 'DPRK' });
    expect(techniqueTexts('Technique')).toContain('Phishing or social engineering (1 · $40.0M)');
    // Zero written as the compact formatter writes it ($0 or $0.0), never as a blank.
    expect(techniqueTexts('Technique')).toContainEqual(
      expect.stringMatching(/^Private key or wallet compromise \(0 · \$0(\.0)?\)$/),
    );
  });

  it('words the classes and amounts in French', () => {
    renderOptions(EMPTY_FILTERS, 'fr');
    const texts = techniqueTexts('Technique');
    expect(texts.some((text) => text?.startsWith('Hameçonnage'))).toBe(true);
    expect(texts.every((text) => !text?.includes('$3.5M'))).toBe(true);
  });

  it('applies the class picked, and the other filters count under it', async () => {
    const user = userEvent.setup();
    renderOptions(EMPTY_FILTERS);
    const technique = screen.getByRole('combobox', { name: 'Technique' });
    await user.selectOptions(technique, 'Phishing or social engineering (1 · $40.0M)');
    expect(technique).toHaveValue('social-engineering');
    expect(
      within(screen.getByRole('combobox', { name: 'Attribution' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toContain('Unattributed (0)');
  });
});
