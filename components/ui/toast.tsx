"use client";

import type { CSSProperties } from "react";
import { Toaster as Sonner, type ToasterProps } from "sonner";

export { toast } from "sonner";

// sonner styles its toasts through these variables; they point at the site's theme tokens.
const THEME = {
  "--normal-bg": "white",
  "--normal-text": "var(--color-slate-900)",
  "--normal-border": "var(--color-slate-200)",
  "--success-bg": "var(--color-brand-50)",
  "--success-text": "var(--color-brand-900)",
  "--success-border": "var(--color-brand-100)",
  "--border-radius": "var(--radius-md)",
} as CSSProperties;

/** Mount once in a layout; then call `toast("…")`, `toast.success("…")` or `toast.error("…")` from client code. */
export function Toaster(props: ToasterProps) {
  return (
    <Sonner
      position="top-right"
      richColors
      closeButton
      containerAriaLabel="Benachrichtigungen"
      toastOptions={{ closeButtonAriaLabel: "Schließen" }}
      style={THEME}
      {...props}
    />
  );
}
