// Hand-written SVG instead of @visx: one bar series per chart needs a scale and a loop, not a
// dependency; it renders on the server and ships no JavaScript.

export interface Bar {
  key: string;
  value: number;
  /** Under the bar; an empty label leaves the place free (dense axes label every nth bar). */
  label: string;
  /** Tooltip text, e.g. "27.11.2026: 12 SMS-Teile". */
  title: string;
}

const WIDTH = 720;
const HEIGHT = 220;
// Room for the labels at phone size too: the last day's label is centred on the last bar.
const PAD = { top: 12, right: 32, bottom: 32, left: 56 };
// The SVG scales with its width: at 360 px a label of 11 units would shrink to 5 px, so phones get bigger ones.
const LABEL = "fill-current text-[11px] max-sm:text-[20px]";
const number = new Intl.NumberFormat("de-DE");

/** A rounded top for the axis: 1, 2 or 5 times a power of ten, at least `max`. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].map((f) => f * power).find((step) => step >= max) ?? 10 * power);
}

/** Bars with a value axis; `description` says in words what it shows (the table below holds the numbers). */
export function BarChart({ bars, description }: { bars: Bar[]; description: string }) {
  const top = niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(1, slot * 0.7);
  const y = (value: number) => PAD.top + plotHeight - (value / top) * plotHeight;
  const ticks = [0, top / 2, top].filter((tick) => Number.isInteger(tick));

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description} className="h-auto w-full text-slate-500">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
          <text x={PAD.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" className={LABEL}>
            {number.format(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const x = PAD.left + i * slot + (slot - barWidth) / 2;
        return (
          <g key={bar.key}>
            {bar.value > 0 && (
              <rect x={x} y={y(bar.value)} width={barWidth} height={y(0) - y(bar.value)} className="fill-brand-600">
                <title>{bar.title}</title>
              </rect>
            )}
            {bar.label && (
              <text x={x + barWidth / 2} y={HEIGHT - PAD.bottom + 8} dominantBaseline="hanging" textAnchor="middle" className={LABEL}>
                {bar.label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
