"use client";

import { useActionState, useState } from "react";
import { DialogFormFooter } from "@/components/forms/action-form-parts";
import { FormMessage } from "@/components/forms/form-message";
import { TestBadge } from "@/components/sms/test-badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { removeScheduledAction } from "../actions";

export interface ScheduledItem {
  id: string;
  sendAt: string;
  recipient: string;
  sender: string;
  text: string;
  segments: number;
  status: string;
  reference: string | null;
  sandbox: boolean;
}

const smsCount = (n: number) => (n === 1 ? "1 SMS" : `${n} SMS`);

/** The scheduled messages with checkboxes; removing asks first and says how many. */
export function ScheduledList({ items }: { items: ScheduledItem[] }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState(false);
  // Only ids still listed count: after a removal the page re-renders without them.
  const selected = items.filter((item) => chosen.has(item.id)).map((item) => item.id);
  const allSelected = selected.length === items.length;
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await removeScheduledAction(previous, formData);
    if (next.status === "success") {
      setOpen(false);
      setChosen(new Set());
    }
    return next;
  }, initialFormState);

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) => setChosen(on ? new Set(items.map((item) => item.id)) : new Set());

  return (
    <div className="space-y-3">
      {state.status === "success" && <FormMessage state={state} />}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="outline" size="sm" onClick={() => toggleAll(!allSelected)}>
          {allSelected ? "Auswahl aufheben" : "Alle auswählen"}
        </Button>
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogTrigger asChild>
            <Button type="button" variant="destructive" size="sm" disabled={selected.length === 0}>
              Auswahl entfernen{selected.length > 0 ? ` (${selected.length})` : ""}
            </Button>
          </DialogTrigger>
          <DialogContent>
            <DialogTitle>{smsCount(selected.length)} entfernen?</DialogTitle>
            <DialogDescription>
              {selected.length === 1 ? "Die ausgewählte SMS wird" : `Die ${selected.length} ausgewählten SMS werden`} nicht versendet und nicht berechnet.
              Eine SMS, die in diesem Moment an den Netzbetreiber übergeben wird, geht trotzdem hinaus; das sehen Sie danach in der Meldung.
            </DialogDescription>
            <form action={formAction} className="mt-4">
              {selected.map((id) => (
                <input key={id} type="hidden" name="id" value={id} />
              ))}
              {state.status === "error" && <FormMessage state={state} />}
              <DialogFormFooter pending={pending} submitLabel={`${smsCount(selected.length)} entfernen`} variant="destructive" disabled={selected.length === 0} />
            </form>
          </DialogContent>
        </Dialog>
        <span className="text-sm text-slate-600" aria-live="polite">
          {selected.length} von {items.length} ausgewählt
        </span>
      </div>
      <Table>
        <TableCaption>Geplante SMS, die nächste zuerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead className="w-10">
              <Checkbox
                aria-label="Alle auswählen"
                checked={allSelected ? true : selected.length > 0 ? "indeterminate" : false}
                onCheckedChange={(value) => toggleAll(value === true)}
              />
            </TableHead>
            <TableHead>Versand</TableHead>
            <TableHead>Empfänger</TableHead>
            <TableHead>Absender</TableHead>
            <TableHead>Text</TableHead>
            <TableHead className="text-right">Teile</TableHead>
            <TableHead>Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id} data-selected={chosen.has(item.id) || undefined} className="data-selected:bg-brand-50">
              <TableCell>
                {/* A native box per row: hundreds of them render in a fraction of the time of the styled component. */}
                <input
                  type="checkbox"
                  className="size-4 cursor-pointer accent-brand-600"
                  aria-label={`SMS an ${item.recipient}, ${item.sendAt} auswählen`}
                  checked={chosen.has(item.id)}
                  onChange={(event) => toggle(item.id, event.target.checked)}
                />
              </TableCell>
              <TableCell className="whitespace-nowrap">{item.sendAt}</TableCell>
              <TableCell className="whitespace-nowrap font-mono">{item.recipient}</TableCell>
              <TableCell>{item.sender}</TableCell>
              <TableCell className="max-w-md">
                <span className="line-clamp-2">{item.text}</span>
                {item.reference && <span className="block text-xs text-slate-500">Referenz: {item.reference}</span>}
              </TableCell>
              <TableCell className="text-right">{item.segments}</TableCell>
              <TableCell className="whitespace-nowrap">
                {item.status}
                {item.sandbox && (
                  <span className="ml-2">
                    <TestBadge />
                  </span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
