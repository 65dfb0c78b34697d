import type { ComponentProps } from "react";
import { cn } from "./cn";

const VARIANTS = {
  neutral: "bg-slate-100 text-slate-700",
  brand: "bg-brand-50 text-brand-700",
  warning: "bg-amber-50 text-amber-900",
  danger: "bg-rose-50 text-rose-700",
} as const;

export type BadgeVariant = keyof typeof VARIANTS;

export function Badge({ variant = "neutral", className, ...props }: ComponentProps<"span"> & { variant?: BadgeVariant }) {
  return <span className={cn("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium", VARIANTS[variant], className)} {...props} />;
}
