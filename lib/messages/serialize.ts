import type { ApiMessage } from "../api/schemas";

export interface MessageRow {
  id: string;
  status: ApiMessage["status"];
  statusReason: string | null;
  recipient: string | null;
  sender: string;
  text: string | null;
  encoding: ApiMessage["encoding"];
  characters: number;
  segments: number;
  sendAt: Date;
  clientReference: string | null;
  locationCode: string | null;
  priceCents: number;
  createdAt: Date;
  updatedAt: Date;
}

/** "0.16": euros as a decimal string, so no client parses money as a float. */
export function formatAmount(cents: number): string {
  return (cents / 100).toFixed(2);
}

export function toApiMessage(row: MessageRow): ApiMessage {
  return {
    id: row.id,
    status: row.status,
    statusReason: row.statusReason,
    to: row.recipient,
    from: row.sender,
    text: row.text,
    encoding: row.encoding,
    characters: row.characters,
    segments: row.segments,
    sendAt: row.sendAt.toISOString(),
    reference: row.clientReference,
    location: row.locationCode,
    price: { amount: formatAmount(row.priceCents), currency: "EUR" },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
