import { memo } from 'react';
import type { DatasetMeta } from '../domain/incident';
import { DatasetCurrency } from '../components/ui/dataset-currency';
import { CiteButton } from '../features/cite/cite-button';
import { CopyLink } from '../features/export/copy-link';
import type { IncidentFilters } from '../domain/filter';
import { useI18n } from '../lib/i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

export const PageHeader = memo(function PageHeader({
  meta,
  filters,
  today,
}: {
  readonly meta: DatasetMeta | null;
  /** The view's filters, for "Cite". */
  readonly filters: IncidentFilters;
  /** The reader's day, `YYYY-MM-DD`. */
  readonly today: string;
}) {
  const { t, f } = useI18n();
  return (
    <header className="page-header">
      <h1>{t.app.name}</h1>
      <p>
        {t.app.tagline}
        {meta?.firstDate && meta.lastDate
          ? ` · ${f.formatMonthShort(meta.firstDate)} – ${f.formatMonthShort(meta.lastDate)}`
          : ''}{' '}
        · <a href="#about-the-data">{t.app.aboutLink}</a>
      </p>
      <DatasetCurrency meta={meta} />
      <div className="header-controls">
        <LanguageSwitch />
        <ThemeSwitch />
        <CiteButton filters={filters} meta={meta} today={today} />
        <CopyLink />
      </div>
    </header>
  );
});
