import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { describeExportFilters } from '../../../src/lib/i18n/view-caption';
import { exportFileName } from '../../../src/features/export/export-names';

const filters = { ...EMPTY_FILTERS, from: '2025-01', to: '2025-12', exclude: ['bybit-2025-02-21'] };
const names = new Map([['bybit-2025-02-21', 'Bybit']]);
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s/g, ' ');

describe('exports of a view that excludes an incident', () => {
  it('say so in their caption, by name, in either language', () => {
    expect(plain(describeExportFilters(filters, undefined, 'en', names))).toBe(
      'Excluding Bybit · Jan 2025 – Dec 2025',
    );
    expect(plain(describeExportFilters(filters, undefined, 'fr', names))).toMatch(/^Hors Bybit · /);
  });

  it('name it by id when the names are not known', () => {
    expect(plain(describeExportFilters(filters))).toBe(
      'Excluding bybit-2025-02-21 · Jan 2025 – Dec 2025',
    );
  });

  it('carry it in the file name', () => {
    expect(exportFileName('thefts-over-time', filters, 'png')).toBe(
      'thefts-over-time_2025-01_2025-12_excluding-bybit-2025-02-21.png',
    );
  });
});
