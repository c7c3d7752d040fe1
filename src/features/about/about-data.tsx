import type { DatasetMeta } from '../../domain/incident';
import { formatCount, formatDay } from '../../lib/format';

/** Sources, counts, coverage caveats and how to report a correction. */
export function AboutData({ meta }: { readonly meta: DatasetMeta | null }) {
  return (
    <details className="panel about" id="about-the-data">
      <summary>
        <h2>About the data</h2>
      </summary>
      {meta ? (
        <p>
          {formatCount(meta.count)} incidents
          {meta.firstDate && meta.lastDate
            ? `, ${formatDay(meta.firstDate)} to ${formatDay(meta.lastDate)}`
            : ''}
          . Each one has at least one source link; the table below the charts lists them.
        </p>
      ) : (
        <p>The dataset has not loaded, so its sources cannot be listed yet.</p>
      )}
      {meta && meta.sources.length > 0 && (
        <table aria-label="Sources">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Incidents</th>
            </tr>
          </thead>
          <tbody>
            {meta.sources.map((source) => (
              <tr key={source.name}>
                <td>
                  {source.url && /^https?:\/\//i.test(source.url) ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.name}
                    </a>
                  ) : (
                    source.name
                  )}
                </td>
                <td>{formatCount(source.incidentCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Caveats</h3>
      <ul>
        <li>
          Early years are thin: before 2020 only the largest thefts are listed, so totals for those
          years are lower bounds.
        </li>
        <li>
          Incidents whose sources give no US dollar figure (only a token amount, or none) are left
          out rather than priced by us; the dataset&apos;s provenance lists every such row.
        </li>
        <li>
          Amounts are US dollars at the time, as the source reports them. A few are notional token
          values; where sources disagree the dataset keeps one source&apos;s figure and records the
          others in its provenance.
        </li>
        <li>
          “DPRK” covers every attribution beginning with DPRK (TraderTraitor, Sapphire
          Sleet/CryptoCore, Lazarus…), including a few the sources dispute, which say so. Suspected
          attributions are not counted as DPRK.
        </li>
        <li>
          Published estimates (Chainalysis, TRM Labs, MSMT and others) count different things and
          are shown beside our totals, not merged into them.
        </li>
      </ul>
      <h3>Corrections</h3>
      <p>
        Found a wrong figure, date or attribution? Open an issue in the project&apos;s repository
        with the incident&apos;s id (shown in its detail panel) and a link to a source that states
        the correct figure.
      </p>
      {meta && <p className="stat-note">Dataset generated {meta.generatedAt}.</p>}
    </details>
  );
}
