import Link from "next/link";
import { isLinkablePath } from "@/lib/content/site-pages";

const LINK = /\[([^\]]+)\]\(([^)]+)\)/g;

/** Text with [label](/pfad) links; a link to a page that does not exist yet stays plain text. */
export function RichText({ text }: { text: string }) {
  const pieces: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const [whole, label, href] = match;
    pieces.push(text.slice(last, match.index));
    pieces.push(
      isLinkablePath(href) ? (
        <Link key={match.index} href={href} className="font-medium text-brand-700 underline underline-offset-2">
          {label}
        </Link>
      ) : (
        <span key={match.index}>{label}</span>
      ),
    );
    last = match.index + whole.length;
  }
  pieces.push(text.slice(last));
  return <>{pieces}</>;
}

/** The same text without link markup, for structured data and meta descriptions. */
export function plainText(text: string): string {
  return text.replace(LINK, "$1");
}
