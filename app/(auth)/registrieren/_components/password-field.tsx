"use client";

import { useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/components/ui/cn";
import type { PasswordVerdict } from "@/lib/auth/password-policy";

const LABELS = ["sehr schwach", "schwach", "mittel", "gut", "sehr gut"];
const COLOURS = ["bg-rose-600", "bg-rose-500", "bg-amber-500", "bg-brand-500", "bg-brand-700"];
// Fields whose words make a password easy to guess, as the server judges it too.
const PERSONAL_FIELDS = ["practiceName", "contactName", "email", "city"];

type Judge = (password: string, userInputs: string[]) => Promise<PasswordVerdict>;
let judge: Promise<Judge> | undefined;
// The rule and its dictionaries (several hundred kB) load on the first keystroke, not with the page.
const loadJudge = () => (judge ??= import("@/lib/auth/password-policy").then((module) => module.judgePassword));

/** The password input with a strength meter that applies the server's rule while typing. */
export function PasswordField({ error }: { error?: string }) {
  const [password, setPassword] = useState("");
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (password === "") return;
    let current = true;
    const timer = setTimeout(async () => {
      const form = inputRef.current?.form;
      const inputs = PERSONAL_FIELDS.map((name) => String(form?.elements.namedItem(name) instanceof HTMLInputElement ? (form.elements.namedItem(name) as HTMLInputElement).value : ""));
      const result = await (await loadJudge())(password, inputs);
      if (current) setVerdict(result);
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [password]);

  const shown = password === "" ? null : verdict;
  const describedBy = ["password-staerke", error && "password-fehler"].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <Label htmlFor="password">Passwort</Label>
      <Input
        ref={inputRef}
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setPassword(event.target.value)}
        onFocus={() => void loadJudge()}
      />
      <div aria-hidden="true" className="flex gap-1 pt-1">
        {LABELS.map((label, index) => (
          <span key={label} className={cn("h-1.5 flex-1 rounded-full", shown && index <= shown.score ? COLOURS[shown.score] : "bg-slate-200")} />
        ))}
      </div>
      <p id="password-staerke" className="text-sm text-slate-600" aria-live="polite">
        {shown
          ? `Stärke: ${LABELS[shown.score]}.${shown.problem ? ` ${shown.problem}` : " Dieses Passwort können Sie verwenden."}`
          : "Mindestens 10 Zeichen. Am sichersten sind mehrere Wörter, die nichts mit Ihrer Praxis zu tun haben."}
      </p>
      {error && (
        <p id="password-fehler" className="text-sm font-medium text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
