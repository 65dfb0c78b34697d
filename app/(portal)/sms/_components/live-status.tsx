"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { StatusBadge } from "@/components/sms/status-badge";
import { FINAL_STATUSES, type MessageStatus } from "@/lib/messages/status";
import { formatBerlinDate, formatBerlinTime } from "@/lib/time/berlin";

export interface ShownStatus {
  id: string;
  status: MessageStatus;
  /** ISO time we received the status. */
  statusAt: string | null;
}

export const POLL_INTERVAL_MS = 5_000;

const StatusContext = createContext<Record<string, ShownStatus>>({});

const byId = (statuses: ShownStatus[]) => Object.fromEntries(statuses.map((status) => [status.id, status]));

/**
 * Keeps the statuses of the rows on the page current without a reload: every few seconds it asks
 * /sms/status for the rows not yet final, and stops once all are. A hidden tab does not ask.
 */
export function StatusPoller({ initial, children }: { initial: ShownStatus[]; children: ReactNode }) {
  const [statuses, setStatuses] = useState(() => byId(initial));
  const open = Object.values(statuses)
    .filter((status) => !FINAL_STATUSES.has(status.status))
    .map((status) => status.id)
    .sort()
    .join(",");

  useEffect(() => {
    if (!open) return;
    let stopped = false;
    const timer = window.setTimeout(async () => {
      if (document.hidden) return setStatuses((current) => ({ ...current }));
      try {
        const response = await fetch(`/sms/status?ids=${open}`, { cache: "no-store", headers: { accept: "application/json" } });
        // Logged out or refused: stop asking; the next page load shows what is true.
        if (!response.ok || !response.headers.get("content-type")?.includes("application/json")) return;
        const { statuses: fresh } = (await response.json()) as { statuses: ShownStatus[] };
        if (!stopped) setStatuses((current) => ({ ...current, ...byId(fresh) }));
      } catch {
        // A network hiccup: try again in the next round.
        if (!stopped) setStatuses((current) => ({ ...current }));
      }
    }, POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [open, statuses]);

  return <StatusContext.Provider value={statuses}>{children}</StatusContext.Provider>;
}

/** One row's status badge and when we received it, kept current by the StatusPoller around it. */
export function LiveStatus({ id }: { id: string }) {
  const shown = useContext(StatusContext)[id];
  if (!shown) return null;
  const at = shown.statusAt ? new Date(shown.statusAt) : null;
  return (
    <span className="flex flex-col items-start gap-0.5">
      <StatusBadge status={shown.status} />
      {at && (
        <span className="text-xs text-slate-600">
          {formatBerlinDate(at)}, {formatBerlinTime(at)} Uhr
        </span>
      )}
    </span>
  );
}
