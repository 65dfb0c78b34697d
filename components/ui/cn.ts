import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

// tailwind-merge rather than a plain join: a caller's `px-2` must replace the primitive's `px-4`.
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
