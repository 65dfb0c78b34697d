import { getDb } from "../../db/client";
import type { CarrierInbound, CarrierReport } from "../carriers/carrier";
import { recordInbound } from "../inbound/record-inbound";
import type { AcceptedMessage } from "./durable-work";
import { getDurableWork } from "./runtime";

// Where the API and the webhooks hand work to the pipeline. With Inngest each step becomes
// an event for a durable function; without it the same domain operation runs right here and
// the local driver's sweep does the rest. Either way the state is in PostgreSQL first.

export async function messagesAccepted(messages: AcceptedMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await getDurableWork().messagesAccepted(messages);
}

export async function messageCancelled(messageId: string): Promise<void> {
  await getDurableWork().messageCancelled(messageId);
}

export async function reportReceived(report: CarrierReport): Promise<void> {
  await getDurableWork().reportReceived(report);
}

export async function inboundReceived(inbound: CarrierInbound): Promise<void> {
  const db = await getDb();
  const inboundId = await recordInbound(db, inbound);
  if (!inboundId) return;
  await getDurableWork().inboundRecorded(inboundId);
}
