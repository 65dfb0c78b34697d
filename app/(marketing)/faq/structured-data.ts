import { plainText } from "@/components/rich-text";
import { statusLines } from "@/components/status-table";
import type { FaqBlock, FaqGroup } from "@/lib/content/faq-types";

function answerText(blocks: FaqBlock[]): string {
  return blocks
    .map((block) => {
      if (block.type === "p") return plainText(block.text);
      if (block.type === "statuses") return statusLines().join("\n");
      return block.items.map((item) => `• ${plainText(item)}`).join("\n");
    })
    .join("\n\n");
}

/** schema.org FAQPage, so that search engines can show the answers directly. */
export function faqStructuredData(groups: FaqGroup[]) {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: groups.flatMap((group) =>
      group.entries.map((entry) => ({
        "@type": "Question",
        name: entry.question,
        acceptedAnswer: { "@type": "Answer", text: answerText(entry.answer) },
      })),
    ),
  };
}
