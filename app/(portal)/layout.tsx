import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { logOut } from "@/lib/auth/logout";
import { navigationFor } from "@/lib/content/portal-navigation";
import { countUnreadReplies } from "@/lib/inbound/replies";
import { formatBerlinDate } from "@/lib/time/berlin";

const REPLIES_PATH = "/sms/antworten";

// Every portal page renders inside this shell; the layout's check is for the navigation only —
// each page and action checks the user again (layouts do not re-run on every navigation).
// The shell does not know which page it wraps, so the pages send a user who still has to set
// up two-factor login to its setup page, never the shell (that page renders in it too).
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ twoFactorSetup: true });
  const unreadReplies = await countUnreadReplies(await getDb(), user.practice.id);
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link href="/uebersicht" className="text-lg font-bold text-brand-700">
              Praxisbote
            </Link>
            <p className="text-sm text-slate-600">
              {user.practice.name}
              {user.practice.trialRunning && <> · Gratismonat bis {formatBerlinDate(user.practice.trialEndsAt)}</>}
            </p>
          </div>
          <form action={logOut}>
            <Button type="submit" variant="outline" size="sm">
              Abmelden
            </Button>
          </form>
        </div>
        {/* relative: the sr-only "ungelesen" inside (position: absolute) would otherwise escape the scrolling box and widen a phone's page. */}
        <nav aria-label="Portal" className="relative mx-auto max-w-6xl overflow-x-auto px-4">
          <ul className="flex gap-1 text-sm">
            {navigationFor(user.role).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block whitespace-nowrap rounded-t-md px-3 py-2 text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                  {item.label}
                  {item.href === REPLIES_PATH && unreadReplies > 0 && (
                    <span className="ml-1.5 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                      {unreadReplies}
                      <span className="sr-only"> ungelesen</span>
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhalt" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
