import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/lib/csv';

const csv = (values: readonly number[]) =>
  writeCsv(
    { columns: [{ header: 'total_usd', kind: 'usd' }], rows: values.map((value) => [value]) },
    { bom: false },
  )
    .split('\r\n')
    .slice(1, -1);

describe('amount columns in CSV', () => {
  it('are written to the cent, without the float noise of a sum', () => {
    const sum = [109_000_000.1, 629_352.6].reduce((a, b) => a + b, 0);
    expect(String(sum)).not.toBe('109629352.7'); // the noise this guards against
    expect(csv([sum, 0.1 + 0.2, 1_535_175_330, 12.345, -0.001])).toEqual([
      '109629352.7',
      '0.3',
      '1535175330',
      '12.35',
      '0',
    ]);
  });
});
