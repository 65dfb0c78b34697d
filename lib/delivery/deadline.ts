// The one delivery deadline: a message without a final carrier report this long after its
// hand-over becomes "nicht ausgeliefert", and temporary carrier errors are retried this long
// after its send time. The sweep, the durable function's timer and the texts all read it here.
export const DELIVERY_DEADLINE_DAYS = 3;

export const DELIVERY_DEADLINE_MS = DELIVERY_DEADLINE_DAYS * 24 * 60 * 60 * 1000;

/** The deadline as an Inngest duration, for step.waitForEvent's timeout. */
export const DELIVERY_DEADLINE_DURATION = `${DELIVERY_DEADLINE_DAYS}d` as const;

export const TIMEOUT_REASON = `Keine abschließende Rückmeldung innerhalb von ${DELIVERY_DEADLINE_DAYS} Tagen`;

/** The history detail of a final report that came after TIMEOUT_REASON was recorded. */
export const LATE_REPORT_DETAIL = `nach Ablauf der ${DELIVERY_DEADLINE_DAYS} Tage empfangen, Status bleibt`;

export const CARRIER_UNREACHABLE_REASON = `Netzbetreiber über ${DELIVERY_DEADLINE_DAYS} Tage nicht erreichbar`;
