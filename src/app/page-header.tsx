import type { DatasetMeta } from '../domain/incident';
import { formatMonthShort } from '../lib/format';

export function PageHeader({ meta }: { readonly meta: DatasetMeta | null }) {
  return (
    <header className="page-header">
      <h1>Crypto Theft Tracker</h1>
      <p>
        Sourced crypto thefts and hacks, with attribution
        {meta?.firstDate && meta.lastDate
          ? ` · ${formatMonthShort(meta.firstDate)} – ${formatMonthShort(meta.lastDate)}`
          : ''}{' '}
        · <a href="#about-the-data">About the data</a>
      </p>
    </header>
  );
}
