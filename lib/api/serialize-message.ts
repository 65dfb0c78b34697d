import { formatAmount, type MessageRow } from "../messages/serialize";
import type { ApiMessage } from "./schemas";

/** A stored message as the PVS API shows it. */
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
    expiresAt: row.expiresAt?.toISOString() ?? null,
    heldForQuietHours: row.heldForQuietHours,
    reference: row.clientReference,
    location: row.locationCode,
    // A cancelled message is not billed; price_cents keeps what it would have cost. A test-key
    // message is stored with price 0 (lib/messages/message-rows.ts): never billed.
    price: { amount: formatAmount(row.status === "cancelled" ? 0 : row.priceCents), currency: "EUR" },
    sandbox: row.sandbox,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
