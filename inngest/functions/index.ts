import { deliverMessage } from "./deliver-message";
import { deliverAnnouncedWebhooks, deliverWebhooks } from "./deliver-webhooks";
import { forwardInboundReply } from "./forward-inbound";
import { deliverPendingInvoicesHourly, invoicePractice, monthlyInvoicing } from "./monthly-invoicing";
import { recordCarrierReport } from "./record-report";
import { sweepDueMessages } from "./sweep-due-messages";

/** Every durable function the app serves at /api/inngest. */
export const functions = [deliverMessage, recordCarrierReport, forwardInboundReply, sweepDueMessages, deliverWebhooks, deliverAnnouncedWebhooks, monthlyInvoicing, invoicePractice, deliverPendingInvoicesHourly];
