"use server";

import { signOut } from "./next-auth";

/** The shell's "Abmelden": ends this browser's session. */
export async function logOut(): Promise<void> {
  await signOut({ redirectTo: "/anmelden?abgemeldet=1" });
}
