import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.APP_URL),
  title: { default: "Praxisbote – SMS-Terminerinnerung für Zahnarztpraxen", template: "%s · Praxisbote" },
  description:
    "Praxisbote erinnert Ihre Patientinnen und Patienten per SMS an ihre Termine – direkt aus Ihrer Praxissoftware, mit Zustellstatus für jede SMS.",
  applicationName: "Praxisbote",
  openGraph: { type: "website", locale: "de_DE", siteName: "Praxisbote" },
};

export const viewport: Viewport = { themeColor: "#0f766e", width: "device-width", initialScale: 1 };

// Every page is rendered per request: its scripts carry the nonce of that request's
// Content-Security-Policy (proxy.ts), and a prerendered page would have none.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="de">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
