import { render, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import { useState } from 'react';
import type { Incident } from '../../../src/domain/incident';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { DEFAULT_SORT, type TableSort } from '../../../src/domain/view-state';
import {
  IncidentsTable,
  type IncidentsTableProps,
} from '../../../src/features/incidents-table/incidents-table';

/** The component tests' dataset (tests/component/support/dataset.ts). */
import { fixtureIncidents } from '../support/dataset';
export { fixtureIncidents };

/** `count` distinct incidents, one a day backwards from 2026-01-01, amounts in no order. */
export function makeSyntheticIncidents(count: number): Incident[] {
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, index) =>
    makeIncident({
      id: `synthetic-${index}`,
      date: new Date(start - index * 86_400_000).toISOString().slice(0, 10),
      name: `Synthetic incident ${index}`,
      amountUsd: ((index * 7919) % 10_000) + 1,
    }),
  );
}

interface HarnessProps {
  readonly incidents: readonly Incident[];
  readonly totalCount?: number;
  readonly initialSort?: TableSort;
  readonly initialSelectedId?: string | null;
}

/** The table with its sort and selection held in state, as the page holds them in the URL. */
export function IncidentsTableHarness({
  incidents,
  totalCount = incidents.length,
  initialSort = DEFAULT_SORT,
  initialSelectedId = null,
}: HarnessProps) {
  const [sort, setSort] = useState(initialSort);
  const [selectedId, setSelectedId] = useState(initialSelectedId);
  return (
    <>
      <IncidentsTable
        incidents={incidents}
        totalCount={totalCount}
        sort={sort}
        onSortChange={setSort}
        selectedId={selectedId}
        onSelect={setSelectedId}
      />
      <button type="button">Elsewhere on the page</button>
    </>
  );
}

/** The rendered data rows of the incidents table (the header row left out). */
export function getDataRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Incidents' });
  return within(table).getAllByRole('row').slice(1);
}

/** The name shown in a data row (its row header). */
export function rowName(row: HTMLElement): string {
  return within(row).getByRole('rowheader').textContent ?? '';
}

/** The table on the fixture dataset with spy callbacks; `overrides` replace any prop. */
export function renderTable(overrides: Partial<IncidentsTableProps> = {}) {
  const onSortChange = vi.fn<(sort: TableSort) => void>();
  const onSelect = vi.fn<(id: string | null) => void>();
  const props: IncidentsTableProps = {
    incidents: fixtureIncidents,
    totalCount: fixtureIncidents.length,
    sort: DEFAULT_SORT,
    onSortChange,
    selectedId: null,
    onSelect,
    ...overrides,
  };
  return { ...render(<IncidentsTable {...props} />), onSortChange, onSelect };
}
