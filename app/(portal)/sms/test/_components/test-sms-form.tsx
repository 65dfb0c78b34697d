"use client";

import { useActionState, useEffect, useState } from "react";
import { FormField } from "@/components/forms/form-field";
import { FormMessage } from "@/components/forms/form-message";
import { SmsAnalyser } from "@/components/sms/sms-analyser";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { MessageProgress } from "@/lib/messages/test-sms";
import { sendTestSmsAction, testSmsProgressAction, type TestSmsState } from "../actions";

const POLL_MS = 3000;
// A buffered SMS can stay unfinished for days; after this the page stops asking.
const POLL_FOR_MS = 3 * 60_000;

interface TestSmsFormProps {
  senders: string[];
  defaultSender: string;
  defaultRecipient: string;
  defaultText: string;
}

export function TestSmsForm({ senders, defaultSender, defaultRecipient, defaultText }: TestSmsFormProps) {
  const [state, action, pending] = useActionState<TestSmsState, FormData>(sendTestSmsAction, { status: "idle" });
  const values = state.values;
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-4" noValidate>
        <FormMessage state={state} />
        <div className="grid max-w-2xl gap-4 sm:grid-cols-2">
          <FormField
            name="to"
            label="Empfänger (Handynummer)"
            type="tel"
            autoComplete="tel"
            required
            defaultValue={values?.to ?? defaultRecipient}
            error={state.fieldErrors?.to}
            hint="International (+49 …) oder national wie in Ihrer Praxissoftware."
          />
          <div className="space-y-1">
            <Label htmlFor="from">Absender</Label>
            <Select name="from" defaultValue={values?.from || defaultSender}>
              <SelectTrigger id="from" aria-invalid={state.fieldErrors?.from ? true : undefined} aria-describedby={state.fieldErrors?.from ? "from-fehler" : undefined}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {senders.map((sender) => (
                  <SelectItem key={sender} value={sender}>
                    {sender}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            {state.fieldErrors?.from && (
              <p id="from-fehler" className="text-sm font-medium text-rose-700">
                {state.fieldErrors.from}
              </p>
            )}
          </div>
        </div>
        <SmsAnalyser name="text" initialText={values?.text ?? defaultText} error={state.fieldErrors?.text} />
        <Button type="submit" disabled={pending}>
          {pending ? "Wird gesendet …" : "Test-SMS senden"}
        </Button>
      </form>
      {state.status === "success" && state.messageId && <LiveStatus key={state.messageId} messageId={state.messageId} />}
    </div>
  );
}

/** The sent message's status, asked for every few seconds until it is final. */
function LiveStatus({ messageId }: { messageId: string }) {
  const [progress, setProgress] = useState<MessageProgress | null>(null);
  const [gaveUp, setGaveUp] = useState(false);

  useEffect(() => {
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const ask = async () => {
      const next = await testSmsProgressAction(messageId).catch(() => undefined);
      if (stopped) return;
      if (next) setProgress(next);
      if (next?.final) return;
      if (Date.now() - started > POLL_FOR_MS) {
        setGaveUp(true);
        return;
      }
      timer = setTimeout(ask, POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [messageId]);

  return (
    <section aria-labelledby="test-sms-status" className="max-w-2xl rounded-md border border-slate-200 bg-white p-4">
      <h2 id="test-sms-status" className="font-semibold">
        Status der Test-SMS
      </h2>
      <p role="status" aria-live="polite" className="mt-1" data-testid="test-sms-status">
        {progress ? (
          <>
            <strong>{progress.label}</strong>
            {progress.reason && <span className="text-slate-600"> – {progress.reason}</span>}
            {!progress.final && !gaveUp && <span className="text-slate-600"> · wird aktualisiert …</span>}
          </>
        ) : (
          "Wird abgefragt …"
        )}
      </p>
      {gaveUp && (
        <p className="mt-2 text-sm text-slate-600">
          Noch keine abschließende Rückmeldung des Netzbetreibers. Den weiteren Verlauf sehen Sie unter „Gesendete SMS“.
        </p>
      )}
    </section>
  );
}
