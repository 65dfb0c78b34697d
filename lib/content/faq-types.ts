// Shape of the FAQ content (lib/content/faq/). Strings may contain links written as
// [Linktext](/pfad); the page renders them, the structured data strips them.
export type FaqBlock =
  | { type: "p"; text: string }
  | { type: "list"; items: string[] }
  | { type: "steps"; items: string[] }
  /** The delivery statuses with their German labels and meanings, from lib/messages/status.ts. */
  | { type: "statuses" };

export interface FaqEntry {
  /** Anchor for links to this answer, e.g. "wie-lang-darf-eine-sms-sein". */
  id: string;
  question: string;
  answer: FaqBlock[];
}

export interface FaqGroup {
  id: string;
  title: string;
  entries: FaqEntry[];
}
