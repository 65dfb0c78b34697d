import type { ReactNode } from "react";

// The portal's pages arrive with the portal issue; this layout only fixes the route group.
export default function PortalLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-screen bg-slate-50">{children}</div>;
}
