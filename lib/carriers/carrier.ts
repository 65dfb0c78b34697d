import type { MessageStatus } from "../messages/status";
import type { SmsEncoding } from "../sms/segments";

export interface OutgoingSms {
  /**
   * Our message id, sent as the carrier's reference (seven.io: foreign_id). The simulator
   * treats it as an idempotency key; seven.io does not, so a submission whose answer was lost
   * (timeout, crash) may reach the handset twice — see README, "Carriers".
   */
  id: string;
  to: string;
  from: string;
  text: string;
  encoding: SmsEncoding;
}

export type SubmitResult =
  | { ok: true; carrierMessageId: string }
  /** temporary: try again later; otherwise the message is undeliverable. */
  | { ok: false; temporary: boolean; code: string; message: string };

export interface Carrier {
  name: string;
  submit(sms: OutgoingSms): Promise<SubmitResult>;
}

/** A delivery report, already mapped onto our statuses. */
export interface CarrierReport {
  carrier: string;
  carrierMessageId: string;
  status: MessageStatus;
  /** The carrier's own code, kept for support. */
  carrierStatus: string;
}

/** A patient's reply. */
export interface CarrierInbound {
  carrier: string;
  carrierMessageId: string;
  from: string;
  to: string;
  text: string;
  receivedAt: Date;
}
