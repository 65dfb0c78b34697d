import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/auth/next-path";
import { LoginForm } from "./_components/login-form";

export const metadata: Metadata = { title: "Anmelden", robots: { index: false } };

export default async function AnmeldenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.weiter);
  if (await currentUser()) redirect(next);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Anmelden</h1>
      <LoginForm next={next} />
      <p className="text-sm text-slate-600">
        Noch kein Zugang? <Link href="/registrieren" className="text-brand-700 underline">Praxis registrieren</Link>
      </p>
    </div>
  );
}
