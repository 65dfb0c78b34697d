"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

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
    <Button type="button" variant="outline" size="sm" onClick={copy} disabled={text.length === 0} className={className}>
      <span aria-live="polite">{state === "copied" ? "Kopiert ✓" : state === "failed" ? "Kopieren nicht möglich" : label}</span>
    </Button>
  );
}
