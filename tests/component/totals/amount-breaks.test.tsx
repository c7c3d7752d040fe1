import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Amount } from '../../../src/components/ui/amount';
import { I18nProvider } from '../../../src/lib/i18n/i18n';
import { formattersFor } from '../../../src/lib/format';

describe('a compact amount too wide for its box', () => {
  it.each(['en', 'fr'] as const)('may break at its own spaces only, in %s', (locale) => {
    const value = 15_754_051_386.04;
    const { container } = render(
      <I18nProvider locale={locale}>
        <Amount value={value} />
      </I18nProvider>,
    );
    const amount = container.querySelector('.amount');
    const compact = formattersFor(locale).formatUsdCompact(value);
    const spaces = compact.match(/[\u00a0\u202f ]/g)?.length ?? 0;
    // The text read is unchanged; a break opportunity follows each of Intl's no-break spaces.
    expect(amount?.textContent).toContain(compact);
    expect(amount?.querySelectorAll('wbr')).toHaveLength(spaces);
    if (locale === 'fr') expect(spaces).toBeGreaterThan(0);
  });
});
