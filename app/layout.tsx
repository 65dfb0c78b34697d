import type { Metadata, Viewport } from "next";
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
