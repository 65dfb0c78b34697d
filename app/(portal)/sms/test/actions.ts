"use server";

import "@/inngest/register-work";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { chooseCarrier } from "@/lib/config/production-check";
import { messagesAccepted } from "@/lib/delivery/pipeline";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors/domain-error";
import { typedValues, type FormState } from "@/lib/forms/form-state";
import { findMessageProgress, sendTestSms, type MessageProgress } from "@/lib/messages/test-sms";

export type TestSmsState = FormState & { messageId?: string };

const FORM_FIELDS = ["to", "from", "text"] as const;

const testSmsSchema = z.object({ to: z.string(), from: z.string(), text: z.string() });

// A test SMS is billed like any other, so it is for main users (README, Accounts: staff read and cancel).
export async function sendTestSmsAction(_previous: TestSmsState, formData: FormData): Promise<TestSmsState> {
  const user = await requireUser({ role: "main" });
  const values = typedValues(formData, FORM_FIELDS);
  const input = testSmsSchema.parse(values);
  try {
    // An empty sender would fall back to the default sender; the form always names one.
    if (input.from.trim() === "") throw new DomainError("missing_parameter", "Bitte wählen Sie einen Absender.", "from");
    const { message } = await sendTestSms(await getDb(), user.context, input, { realCarrier: chooseCarrier(env) !== "simulator" });
    await messagesAccepted([message]);
    return { status: "success", message: `Die Test-SMS an ${message.recipient} ist angenommen.`, messageId: message.id, values };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // The domain names the request's fields (to, from, text), which are this form's fields too.
    const field = error.field && (FORM_FIELDS as readonly string[]).includes(error.field) ? error.field : undefined;
    return {
      status: "error",
      message: field ? "Bitte prüfen Sie die markierten Felder." : error.message,
      fieldErrors: field ? { [field]: error.message } : undefined,
      values,
    };
  }
}

/** The test SMS's status now, for the page to poll until it is final. */
export async function testSmsProgressAction(messageId: string): Promise<MessageProgress | null> {
  const user = await requireUser({ role: "main" });
  try {
    return await findMessageProgress(await getDb(), user.practice.id, String(messageId));
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") return null;
    throw error;
  }
}
