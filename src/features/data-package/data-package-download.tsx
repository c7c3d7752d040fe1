import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { EMPTY_FILTERS, type IncidentFilters } from '../../domain/filter';
import type { DatasetMeta, Incident } from '../../domain/incident';
import { linkToView } from '../../domain/link-budget';
import { useI18n } from '../../lib/i18n/i18n';
import { useChartTables } from './chart-tables';
import type { PackageScope, PackageWords } from './package-input';
import './data-package.css';

interface DataPackageDownloadProps {
  /** The view's rows in the table's order, read when a choice is pressed. */
  readonly rows: () => readonly Incident[];
  readonly viewCount: number;
  /** Every incident of the dataset. */
  readonly all: readonly Incident[];
  readonly filters: IncidentFilters;
  readonly meta: DatasetMeta;
  readonly words: PackageWords;
}

interface Status {
  readonly text: string;
  readonly isError: boolean;
}

/** "Download data": a ZIP of the filtered rows or of the whole dataset, each with its count. */
export function DataPackageDownload(props: DataPackageDownloadProps) {
  const { rows, viewCount, all, filters, meta, words } = props;
  const { t, f, locale } = useI18n();
  const w = t.dataPackage;
  const [isOpen, setOpen] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const charts = useChartTables();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const download = async (scope: PackageScope) => {
    close();
    setStatus({ text: w.preparing, isError: false });
    try {
      const { downloadDataPackage } = await import('./run-data-package');
      const isView = scope === 'view';
      const fileName = downloadDataPackage({
        scope,
        incidents: isView ? rows() : all,
        charts: isView ? charts() : [],
        filters: isView ? filters : EMPTY_FILTERS,
        meta,
        url: linkToView(isView ? window.location : { ...window.location, search: '', hash: '' }),
        downloadedAt: new Date(),
        locale,
        words,
      });
      setStatus({ text: w.downloaded({ file: fileName }), isError: false });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ text: w.failed({ reason }), isError: true });
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) close();
  };
  return (
    <div
      className="data-package"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <div className="data-package-menu">
        <button
          ref={button}
          type="button"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setOpen((open) => !open)}
        >
          {w.button} <span aria-hidden="true">▾</span>
        </button>
        <div
          id={panelId}
          className="data-package-choices"
          role="group"
          aria-label={w.choices}
          hidden={!isOpen}
        >
          <button type="button" onClick={() => void download('view')}>
            {w.view({ n: f.formatCount(viewCount), count: viewCount })}
          </button>
          <button type="button" onClick={() => void download('all')}>
            {w.all({ n: f.formatCount(all.length), count: all.length })}
          </button>
        </div>
      </div>
      <span role="status" className={`data-package-status${status?.isError ? ' is-error' : ''}`}>
        {status?.text ?? ''}
      </span>
    </div>
  );
}
