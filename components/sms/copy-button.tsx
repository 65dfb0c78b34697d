"use client";

import { useState } from "react";

export function CopyButton({ text, label = "Kopieren", className = "" }: { text: string; label?: string; className?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }

  return (
    <button
      type="button"
      onClick={copy}
      disabled={text.length === 0}
      className={`rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-50 ${className}`}
    >
      <span aria-live="polite">{state === "copied" ? "Kopiert ✓" : state === "failed" ? "Kopieren nicht möglich" : label}</span>
    </button>
  );
}
