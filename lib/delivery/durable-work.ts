import type { CarrierReport } from "../carriers/carrier";

export interface AcceptedMessage {
  id: string;
  sendAt: Date;
}

/**
 * What the pipeline hands off once the state is in PostgreSQL: to Inngest's durable functions
 * in production, to this process otherwise. runtime.ts picks one of the two.
 */
export interface DurableWork {
  messagesAccepted(messages: AcceptedMessage[]): Promise<void>;
  messageCancelled(messageId: string): Promise<void>;
  reportReceived(report: CarrierReport): Promise<void>;
  inboundRecorded(inboundId: string): Promise<void>;
}
