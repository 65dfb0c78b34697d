import type { SmsEncoding } from "../sms/segments";
import type { MessageStatus } from "./status";

export interface MessageRow {
  id: string;
  status: MessageStatus;
  statusReason: string | null;
  recipient: string | null;
  sender: string;
  text: string | null;
  encoding: SmsEncoding;
  characters: number;
  segments: number;
  sendAt: Date;
  expiresAt: Date | null;
  /** sendAt was moved to the opening of the practice's sending window. */
  heldForQuietHours: boolean;
  clientReference: string | null;
  locationCode: string | null;
  priceCents: number;
  /** Sent with a test key: simulated, never billed. */
  sandbox: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** "0.16": euros as a decimal string, so no client parses money as a float. */
export function formatAmount(cents: number): string {
  return (cents / 100).toFixed(2);
}
