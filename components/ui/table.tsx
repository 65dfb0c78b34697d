import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

// The look of the marketing tables (zeichenoptimierung, api-dokumentation).
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    // relative: an sr-only label inside (position: absolute) would otherwise escape the scrolling box and widen the page.
    // tabIndex: a table wider than a phone scrolls, and keyboard users must be able to scroll it too.
    <div tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-200 focus-visible:outline-3 focus-visible:outline-brand-600">
      <table className={cn("min-w-full text-sm", className)} {...props} />
    </div>
  );
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return <caption className={cn("sr-only", className)} {...props} />;
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-slate-50 text-left", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-slate-100", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={className} {...props} />;
}

export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cn("px-3 py-2 font-semibold", className)} {...props} />;
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-3 py-2", className)} {...props} />;
}

/** The single row a table body shows when there is nothing to list. */
export function TableEmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <TableRow>
      <TableCell colSpan={colSpan} className="text-slate-600">
        {children}
      </TableCell>
    </TableRow>
  );
}

/** The header of a column of row buttons: it needs no visible text, but screen readers announce a name. */
export function TableActionsHead() {
  return (
    <TableHead>
      <span className="sr-only">Aktionen</span>
    </TableHead>
  );
}
