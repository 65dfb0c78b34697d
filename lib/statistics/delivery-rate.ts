// The delivery rate counts only messages with an outcome: cancelled ones were never sent, and
// those still on their way would pull the rate down until their report arrives.

export interface Outcomes {
  delivered: number;
  undelivered: number;
}

/** Delivered share of delivered + undelivered, 0–1; null when nothing has an outcome yet. */
export function deliveryRate({ delivered, undelivered }: Outcomes): number | null {
  const finished = delivered + undelivered;
  return finished === 0 ? null : delivered / finished;
}

const percent = new Intl.NumberFormat("de-DE", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "97,5 %", or "–" without any outcome. */
export function formatDeliveryRate(rate: number | null): string {
  return rate === null ? "–" : percent.format(rate);
}
