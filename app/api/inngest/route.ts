// GET/POST/PUT /api/inngest – serves the durable functions to Inngest
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { usesInngest } from "@/lib/delivery/runtime";

export const dynamic = "force-dynamic";

const handlers = serve({ client: inngest, functions });

// Without Inngest configured the app drives the work itself; this endpoint then has nothing
// to serve, and says so instead of failing on a missing signing key.
const notConfigured = () =>
  Response.json(
    { error: { code: "inngest_not_configured", message: "Inngest ist nicht konfiguriert; die App verarbeitet die Aufgaben selbst." } },
    { status: 404 },
  );

type Handler = typeof handlers.GET;

const whenConfigured =
  (handler: Handler): Handler =>
  (...args) =>
    usesInngest() ? handler(...args) : Promise.resolve(notConfigured());

export const GET = whenConfigured(handlers.GET);
export const POST = whenConfigured(handlers.POST);
export const PUT = whenConfigured(handlers.PUT);
