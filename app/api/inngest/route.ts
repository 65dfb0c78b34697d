// GET/POST/PUT /api/inngest – serves the durable functions to Inngest
import "@/inngest/register-work";
import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { usesInngest } from "@/lib/delivery/runtime";
import { jsonError } from "@/lib/http/json-error";

export const dynamic = "force-dynamic";

const handlers = serve({ client: inngest, functions });

// Without Inngest configured the app drives the work itself; this endpoint then has nothing
// to serve, and says so instead of failing on a missing signing key.
const notConfigured = () => jsonError(404, "inngest_not_configured", "Inngest ist nicht konfiguriert; die App verarbeitet die Aufgaben selbst.");

type Handler = typeof handlers.GET;

const whenConfigured =
  (handler: Handler): Handler =>
  (...args) =>
    usesInngest() ? handler(...args) : Promise.resolve(notConfigured());

export const GET = whenConfigured(handlers.GET);
export const POST = whenConfigured(handlers.POST);
export const PUT = whenConfigured(handlers.PUT);
