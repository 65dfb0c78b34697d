import type { ReactNode } from "react";

/** A portal page whose content is being built: it says what it will hold, so no link is dead. */
export function PlannedPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="max-w-2xl space-y-3 text-slate-700">{children}</div>
      <p className="text-sm text-slate-500">Diese Seite ist im Aufbau.</p>
    </div>
  );
}
