import { DELIVERY_DEADLINE_DAYS } from "../delivery/deadline";

// The one place that knows the delivery statuses: their order, which are final, and the
// German labels the portal, the FAQ and the API documentation show.
export const MESSAGE_STATUSES = [
  "pending",
  "queued",
  "sent",
  "buffered",
  "delivered",
  "undelivered",
  "cancelled",
] as const;

export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const FINAL_STATUSES: ReadonlySet<MessageStatus> = new Set(["delivered", "undelivered", "cancelled"]);

export const STATUS_LABELS: Record<MessageStatus, string> = {
  pending: "ausstehend",
  queued: "noch kein Status",
  sent: "versandt",
  buffered: "buffered",
  delivered: "zugestellt",
  undelivered: "nicht ausgeliefert",
  cancelled: "gelöscht",
};

export const STATUS_DESCRIPTIONS: Record<MessageStatus, string> = {
  pending: "Angenommen und wartet auf den Versand – bei geplanten SMS bis zum gewünschten Zeitpunkt.",
  queued: "In unserem Versand, wird in wenigen Sekunden an den Netzbetreiber übergeben.",
  sent: "An den Netzbetreiber übergeben; eine Rückmeldung steht noch aus.",
  buffered: "Der Netzbetreiber hält die SMS vor und versucht weiter zuzustellen, etwa weil das Telefon ausgeschaltet ist.",
  delivered: "Zugestellt: Das Handy hat die SMS erhalten (bei o2: o2 hat sie zur Zustellung angenommen).",
  undelivered: `Nicht zugestellt: ungültige Nummer, vom Netz abgelehnt, vor dem Versand abgelaufen (expiresAt) oder binnen ${DELIVERY_DEADLINE_DAYS} Tagen keine abschließende Rückmeldung.`,
  cancelled: "Vor dem Versand gelöscht; wird nicht berechnet.",
};

// Rank in the forward-only order; buffered may be skipped and a final status ends it.
const RANK: Record<MessageStatus, number> = {
  pending: 0,
  queued: 1,
  sent: 2,
  buffered: 3,
  delivered: 4,
  undelivered: 4,
  cancelled: 4,
};

/** Whether a message may move from one status to another; never backwards, never out of a final status. */
export function canTransition(from: MessageStatus, to: MessageStatus): boolean {
  if (FINAL_STATUSES.has(from)) return false;
  // A queued message is cancellable only while no dispatcher is submitting it (lib/messages/cancel-message.ts).
  if (to === "cancelled") return from === "pending" || from === "queued";
  return RANK[to] > RANK[from];
}

/**
 * The moves the pipeline makes — claim, hand-over or refusal by the carrier, carrier reports,
 * the 3-day timeout, cancelling — for the status diagram in the API documentation. Each is
 * one that canTransition allows (status.test.ts); it does not decide anything itself.
 */
export const STATUS_TRANSITIONS: readonly (readonly [MessageStatus, MessageStatus])[] = [
  ["pending", "queued"],
  ["pending", "cancelled"],
  ["queued", "sent"],
  ["queued", "undelivered"],
  ["queued", "cancelled"],
  ["sent", "buffered"],
  ["sent", "delivered"],
  ["sent", "undelivered"],
  ["buffered", "delivered"],
  ["buffered", "undelivered"],
];

/** The statuses a message may be in when it moves to `to`: the WHERE clause of a conditional update. */
export function statusesBefore(to: MessageStatus): MessageStatus[] {
  return MESSAGE_STATUSES.filter((from) => canTransition(from, to));
}
