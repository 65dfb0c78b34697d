import type { MessageStatus } from "../messages/status";
import type { SmsEncoding } from "../sms/segments";

/** How long a carrier may keep trying to deliver a message without expiresAt; also the most we ever ask for. */
export const DEFAULT_VALIDITY_MINUTES = 48 * 60;

export interface OutgoingSms {
  /**
   * Our message id, sent as the carrier's reference (seven.io: foreign_id). The simulator
   * treats it as an idempotency key; seven.io does not, so after a submission whose answer was
   * lost the dispatcher asks findSubmission before it submits again.
   */
  id: string;
  to: string;
  from: string;
  text: string;
  encoding: SmsEncoding;
  /** How long the carrier may keep trying to deliver; DEFAULT_VALIDITY_MINUTES when unset. */
  validityMinutes?: number;
}

export type SubmitResult =
  | { ok: true; carrierMessageId: string }
  /** temporary: try again later; otherwise the message is undeliverable. */
  | {
      ok: false;
      temporary: boolean;
      code: string;
      message: string;
      /** The carrier may have taken the SMS (timeout, 5xx): look it up before submitting again. */
      outcomeUnknown?: boolean;
      /** Our account cannot send (e.g. no credit): pause all hand-overs, not just this one. */
      pauseHandOvers?: boolean;
      /** A temporary error we cannot classify is retried this many claims, then it is final. */
      maxAttempts?: number;
    };

export interface Carrier {
  name: string;
  submit(sms: OutgoingSms): Promise<SubmitResult>;
  /**
   * Whether the carrier already has this SMS from an earlier submission whose answer was lost;
   * null when it has no record. Throws when it cannot tell. Carriers that deduplicate on our id
   * leave it out.
   */
  findSubmission?(sms: OutgoingSms, since: Date): Promise<{ carrierMessageId: string } | null>;
  /** The account's credit, for the balance chore. */
  balance?(): Promise<{ amount: number; currency: string }>;
  /**
   * What the carrier's own records say now about messages handed over earlier (seven.io: its
   * journal), for reports that never reached us. Messages it has no record of are left out.
   * Carriers without such records leave it out; the reconciliation chore then skips them.
   */
  lookUpStatuses?(messages: HandedOverSms[]): Promise<CarrierReport[]>;
  /**
   * A carrier running inside the app (the simulator) delivers here what it still owes: reports
   * and replies kept in the database, so that none is lost when the process dies. Called by
   * the dispatcher on every run.
   */
  deliverOwed?(now: Date): Promise<number>;
}

/** A message the carrier accepted, as reconciliation asks about it. */
export interface HandedOverSms {
  /** Our message id (seven.io: foreign_id). */
  id: string;
  carrierMessageId: string;
  handedOverAt: Date;
}

/** A delivery report, already mapped onto our statuses. */
export interface CarrierReport {
  carrier: string;
  carrierMessageId: string;
  status: MessageStatus;
  /** The carrier's own code, kept for support. */
  carrierStatus: string;
  /** When the carrier says it happened; we also keep when we received it. */
  carrierTime?: Date | null;
}

/** A report that changes no status (seven.io's UNKNOWN): kept in the history only. */
export interface CarrierNote {
  carrier: string;
  carrierMessageId: string;
  carrierStatus: string;
  carrierTime?: Date | null;
}

/** A patient's reply. */
export interface CarrierInbound {
  carrier: string;
  carrierMessageId: string;
  from: string;
  to: string;
  text: string;
  receivedAt: Date;
  /** When the carrier says the reply arrived. */
  carrierTime?: Date | null;
}
