"use client";

import { useEffect, useRef, useState } from "react";
import { FormField } from "@/components/forms/form-field";
import type { PasswordVerdict } from "@/lib/auth/password-policy";
import { cn } from "@/components/ui/cn";

const LEVELS = ["sehr schwach", "schwach", "mittel", "stark", "sehr stark"] as const;
const COLOURS = ["bg-rose-600", "bg-rose-500", "bg-amber-500", "bg-brand-600", "bg-brand-900"] as const;

/**
 * A new password with a strength meter. The meter runs the server's own rule (judgePassword),
 * loaded only once someone types: its dictionaries are too large for the first page load.
 */
export function NewPasswordField({
  name = "newPassword",
  label = "Neues Passwort",
  userInputs,
  error,
}: {
  name?: string;
  label?: string;
  /** Address, name, practice: a password built from them is refused, here as on the server. */
  userInputs: string[];
  error?: string;
}) {
  const [password, setPassword] = useState("");
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  const inputs = userInputs.join("\n");
  const field = useRef<HTMLDivElement>(null);

  // React resets a form after its action; this field holds its value itself and follows.
  useEffect(() => {
    const form = field.current?.closest("form");
    const clear = () => setPassword("");
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);

  useEffect(() => {
    if (!password) return;
    let current = true;
    const timer = setTimeout(async () => {
      const { judgePassword } = await import("@/lib/auth/password-policy");
      const result = await judgePassword(password, inputs.split("\n"));
      if (current) setVerdict(result);
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password, inputs]);

  const shown = password ? verdict : null;
  return (
    <div ref={field} className="space-y-2">
      <FormField
        name={name}
        label={label}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={200}
        hint="Mindestens 10 Zeichen. Am besten mehrere Wörter, die nicht zusammengehören."
        error={error}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <div aria-live="polite" className="space-y-1">
        <div className="flex gap-1" aria-hidden="true">
          {LEVELS.map((level, index) => (
            <span key={level} className={cn("h-1.5 flex-1 rounded-full", shown && index <= shown.score ? COLOURS[shown.score] : "bg-slate-200")} />
          ))}
        </div>
        {shown && (
          <p className={cn("text-sm", shown.ok ? "text-brand-900" : "text-slate-700")}>
            Stärke: {LEVELS[shown.score]}
            {shown.ok ? " – geeignet." : shown.problem ? ` – ${shown.problem}` : ""}
          </p>
        )}
      </div>
    </div>
  );
}
