import { memo } from 'react';
import type { DatasetMeta } from '../../domain/incident';
import { DatasetCurrency } from '../../components/ui/dataset-currency';
import { useI18n } from '../../lib/i18n/i18n';
import { PublishedEstimatesList } from './published-estimates-list';
import { isLinkableUrl } from '../../lib/source-url';

/** Sources, counts, coverage caveats and how to report a correction. */
export const AboutData = memo(function AboutData({ meta }: { readonly meta: DatasetMeta | null }) {
  const { t, f } = useI18n();
  const a = t.about;
  return (
    <details className="panel about" id="about-the-data">
      <summary>
        <h2>{a.title}</h2>
      </summary>
      {meta ? (
        <p>
          {a.summary({
            n: f.formatCount(meta.count),
            range:
              meta.firstDate && meta.lastDate
                ? a.range({ from: f.formatDay(meta.firstDate), to: f.formatDay(meta.lastDate) })
                : '',
          })}
        </p>
      ) : (
        <p>{a.notLoaded}</p>
      )}
      <DatasetCurrency meta={meta} className="about-currency" />
      {meta && meta.sources.length > 0 && (
        <table aria-label={a.sources}>
          <thead>
            <tr>
              <th scope="col">{a.source}</th>
              <th scope="col">{a.incidents}</th>
            </tr>
          </thead>
          <tbody>
            {meta.sources.map((source) => (
              <tr key={source.name}>
                <td>
                  {isLinkableUrl(source.url) ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.name}
                    </a>
                  ) : (
                    source.name
                  )}
                </td>
                <td>{f.formatCount(source.incidentCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {meta && <PublishedEstimatesList estimates={meta.publishedEstimates} />}
      <h3>{a.caveats}</h3>
      <ul>
        {a.caveatList.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
      <h3>{a.corrections}</h3>
      <p>{a.correctionsText}</p>
      {meta?.generatedAt && <p className="stat-note">{a.generated({ at: meta.generatedAt })}</p>}
    </details>
  );
});
