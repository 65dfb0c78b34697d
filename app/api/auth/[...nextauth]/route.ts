// GET/POST /api/auth/* – Auth.js (session cookie, CSRF token, sign-out)
import { handlers } from "@/lib/auth/next-auth";

export const dynamic = "force-dynamic";

export const { GET, POST } = handlers;
