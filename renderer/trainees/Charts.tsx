import type { AreaBar, Bar } from './traineeWords.ts';

// Simple charts: CSS bars beside their figures in words. The words are the chart for a screen
// reader (the bars are hidden from it), and nothing is said by colour alone.

export function BarChart({ id, title, bars, empty }: { id: string; title: string; bars: readonly Bar[]; empty: string }) {
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="chart-bars" aria-labelledby={`${id}-caption`}>
          {bars.map((b) => (
            <li key={b.key} className="chart-row">
              <span className="chart-label">{b.label}</span>
              <span className="visually-hidden">: </span>
              <span className="chart-track" aria-hidden="true">
                <span className="chart-fill" style={{ width: `${b.percent}%` }} />
              </span>
              <span className="chart-value">{b.words}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** Each area's skills: signed off (solid) and under way (striped), out of the area's skills. */
export function AreaChart({ id, title, areas }: { id: string; title: string; areas: readonly AreaBar[] }) {
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      <p className="chart-key" aria-hidden="true">
        <span className="chart-swatch chart-fill" /> signed off <span className="chart-swatch chart-fill-progress" /> under way
      </p>
      <ul className="chart-bars" aria-labelledby={`${id}-caption`}>
        {areas.map((a) => (
          <li key={a.id} className="chart-row">
            <span className="chart-label">{a.name}</span>
            <span className="visually-hidden">: </span>
            <span className="chart-track" aria-hidden="true">
              <span className="chart-fill" style={{ width: `${a.signedOffPercent}%` }} />
              <span className="chart-fill-progress" style={{ width: `${a.inProgressPercent}%` }} />
            </span>
            <span className="chart-value">{a.words}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
