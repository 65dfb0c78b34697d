import type { Metadata } from "next";
import { PlannedPage } from "@/components/portal/planned-page";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Statistiken" };

export default async function ActivityPage() {
  await requireUser();
  return (
    <PlannedPage title="Statistiken">
      <p>Hier sehen Sie, wie viele SMS und SMS-Teile Ihre Praxis je Tag und Monat verschickt hat und wie viele davon zugestellt wurden.</p>
    </PlannedPage>
  );
}
