import { memo } from 'react';
import type { DatasetMeta } from '../domain/incident';
import { DatasetCurrency } from '../components/ui/dataset-currency';
import { CopyLink } from '../features/export/copy-link';
import { useI18n } from '../lib/i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

export const PageHeader = memo(function PageHeader({
  meta,
}: {
  readonly meta: DatasetMeta | null;
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
        <CopyLink />
      </div>
    </header>
  );
});
