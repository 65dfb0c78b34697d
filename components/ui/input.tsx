import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return (
    <input
      type={type}
      className={cn(
        "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base text-slate-900 shadow-sm placeholder:text-slate-500",
        "focus:border-brand-600 disabled:cursor-not-allowed disabled:bg-slate-50 disabled:opacity-70 aria-invalid:border-rose-600",
        className,
      )}
      {...props}
    />
  );
}
