import { FINAL_STATUSES, MESSAGE_STATUSES, STATUS_LABELS, STATUS_TRANSITIONS, type MessageStatus } from "@/lib/messages/status";

// Where each status sits; the arrows come from STATUS_TRANSITIONS, so the picture shows the
// moves the pipeline makes. Final statuses stand in the right-hand column.
const POSITION: Record<MessageStatus, { x: number; y: number }> = {
  pending: { x: 80, y: 120 },
  queued: { x: 240, y: 120 },
  sent: { x: 400, y: 120 },
  buffered: { x: 560, y: 120 },
  delivered: { x: 740, y: 40 },
  undelivered: { x: 740, y: 200 },
  cancelled: { x: 740, y: 280 },
};
const WIDTH = 140;
const HEIGHT = 44;
const LANE = 12;

const name = (status: MessageStatus) => `${STATUS_LABELS[status]} (${status})`;

/**
 * One arrow: straight within a row, otherwise down or up out of the source and across into
 * the target. Lanes are ordered so that arrows never cross: the farther right an arrow turns
 * off, the nearer to its source's row it enters the target.
 */
function arrowPath(from: MessageStatus, to: MessageStatus): string {
  const source = POSITION[from];
  const target = POSITION[to];
  const left = target.x - WIDTH / 2;
  if (source.y === target.y) return `M ${source.x + WIDTH / 2} ${source.y} H ${left}`;
  const down = target.y > source.y;
  const sameWay = ([a, b]: readonly [MessageStatus, MessageStatus]) => POSITION[a].y !== POSITION[b].y && POSITION[b].y > POSITION[a].y === down;
  const incoming = STATUS_TRANSITIONS.filter(([, b]) => b === to).filter(sameWay).map(([a]) => POSITION[a].x).sort((a, b) => (down ? b - a : a - b));
  const outgoing = STATUS_TRANSITIONS.filter(([a]) => a === from).filter(sameWay).map(([, b]) => POSITION[b].y).sort((a, b) => (down ? b - a : a - b));
  const spread = (index: number, count: number) => (index - (count - 1) / 2) * LANE;
  const x = source.x + spread(outgoing.indexOf(target.y), outgoing.length) * 2;
  const y = target.y + spread(incoming.indexOf(source.x), incoming.length);
  return `M ${x} ${source.y + ((down ? 1 : -1) * HEIGHT) / 2} V ${y} H ${left}`;
}

/** The delivery statuses and the moves between them, as a server-rendered picture with a text equivalent. */
export function StatusDiagram() {
  const moves = MESSAGE_STATUSES.filter((status) => !FINAL_STATUSES.has(status)).map((from) => ({
    from,
    to: STATUS_TRANSITIONS.filter(([a]) => a === from).map(([, b]) => b),
  }));
  const description = moves.map(({ from, to }) => `${name(from)} → ${to.map(name).join(" oder ")}`).join("; ");
  return (
    <figure className="mt-4">
      <div tabIndex={0} role="region" aria-label="Statusdiagramm" className="overflow-x-auto rounded-md border border-slate-200 p-2">
        <svg viewBox="0 0 830 325" className="min-w-[40rem]" role="img" aria-labelledby="status-diagram-title status-diagram-desc">
          <title id="status-diagram-title">Statusübergänge einer SMS</title>
          <desc id="status-diagram-desc">{`${description}. Endgültig: ${[...FINAL_STATUSES].map(name).join(", ")}.`}</desc>
          <defs>
            <marker id="status-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="fill-slate-500" />
            </marker>
          </defs>
          <rect x={658} y={4} width={164} height={316} rx={10} className="fill-slate-50 stroke-slate-300" strokeDasharray="4 4" />
          <text x={740} y={316} textAnchor="middle" className="fill-slate-600 text-[11px]">
            endgültig
          </text>
          {STATUS_TRANSITIONS.map(([from, to]) => (
            <path key={`${from}-${to}`} d={arrowPath(from, to)} fill="none" className="stroke-slate-500" strokeWidth={1.5} markerEnd="url(#status-arrow)" />
          ))}
          {MESSAGE_STATUSES.map((status) => {
            const { x, y } = POSITION[status];
            const final = FINAL_STATUSES.has(status);
            return (
              <g key={status}>
                <rect x={x - WIDTH / 2} y={y - HEIGHT / 2} width={WIDTH} height={HEIGHT} rx={6} className={final ? "fill-brand-50 stroke-brand-700" : "fill-white stroke-slate-400"} strokeWidth={final ? 2 : 1} />
                <text x={x} y={y - 3} textAnchor="middle" className="fill-slate-900 text-[13px] font-semibold">
                  {STATUS_LABELS[status]}
                </text>
                <text x={x} y={y + 13} textAnchor="middle" className="fill-slate-600 font-mono text-[11px]">
                  {status}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-slate-700">
        Endgültig – danach ändert sich der Status nie mehr: {[...FINAL_STATUSES].map(name).join(", ")}.
      </figcaption>
    </figure>
  );
}
