import type { JssObservation } from '../core/schema/history';
import { formatDate, formatPercent } from './format';

const WIDTH = 340;
const HEIGHT = 96;
const PAD = { left: 28, right: 10, top: 8, bottom: 18 };

interface Point {
  at: string;
  value: number;
}

/**
 * The observed JSS over time, the Top Rated line, and the projection as a hollow point after the last observation.
 * Drawn as SVG; the same figures are in a visually hidden table for screen readers.
 */
export function JssChart({
  observations,
  projected,
  projectedAt,
  topRatedLine,
}: {
  observations: readonly JssObservation[];
  projected: number | null;
  projectedAt: string | null;
  topRatedLine: number;
}) {
  const points: Point[] = observations.flatMap((o) =>
    o.value === null ? [] : [{ at: o.observedAt, value: o.value }],
  );
  // One score is no trend: the score card already shows it.
  if (points.length < 2) return null;
  const future = projected !== null && projectedAt ? { at: projectedAt, value: projected } : null;
  const all = future ? [...points, future] : points;
  const times = all.map((p) => Date.parse(p.at));
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  // Start the scale a little under the lowest score and the Top Rated line, on a multiple of 5.
  const low = Math.max(0, Math.floor((Math.min(topRatedLine, ...all.map((p) => p.value)) - 5) / 5) * 5);
  const x = (at: string) =>
    PAD.left +
    (t1 === t0
      ? (WIDTH - PAD.left - PAD.right) / 2
      : ((Date.parse(at) - t0) / (t1 - t0)) * (WIDTH - PAD.left - PAD.right));
  const y = (value: number) => PAD.top + ((100 - value) / (100 - low || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const last = points[points.length - 1];
  const summary = `Job Success from ${formatPercent(points[0]?.value)} on ${formatDate(points[0]?.at)} to ${formatPercent(last?.value)} on ${formatDate(last?.at)}${future ? `; projected ${formatPercent(future.value)} on ${formatDate(future.at)}` : ''}.`;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <line
          class="top-rated-line"
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={y(topRatedLine)}
          y2={y(topRatedLine)}
        />
        <text class="axis" x={2} y={y(topRatedLine) + 4}>
          {topRatedLine}%
        </text>
        <text class="axis" x={2} y={y(low) + 4}>
          {Math.round(low)}%
        </text>
        <path class="observed" d={path} />
        {points.map((p) => (
          <circle key={p.at} class="observed-point" cx={x(p.at)} cy={y(p.value)} r={2.5} />
        ))}
        {future && last && (
          <>
            <line
              class="projection-link"
              x1={x(last.at)}
              y1={y(last.value)}
              x2={x(future.at)}
              y2={y(future.value)}
            />
            <circle class="projected-point" cx={x(future.at)} cy={y(future.value)} r={4} />
          </>
        )}
      </svg>
      <div class="visually-hidden">
        <table>
          <caption>Job Success over time</caption>
          <tbody>
            {all.map((p) => (
              <tr key={p.at}>
                <th scope="row">{formatDate(p.at)}</th>
                <td>
                  {formatPercent(p.value)}
                  {p === future ? ' (projected)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
