import { RichText } from "@/components/rich-text";
import { StatusTable } from "@/components/status-table";
import type { FaqBlock } from "@/lib/content/faq-types";

export function FaqAnswer({ blocks }: { blocks: FaqBlock[] }) {
  return (
    <div className="space-y-3 text-slate-800">
      {blocks.map((block, index) => {
        switch (block.type) {
          case "p":
            return (
              <p key={index}>
                <RichText text={block.text} />
              </p>
            );
          case "list":
          case "steps": {
            const List = block.type === "steps" ? "ol" : "ul";
            return (
              <List key={index} className={`space-y-1 pl-6 ${block.type === "steps" ? "list-decimal" : "list-disc"}`}>
                {block.items.map((item, i) => (
                  <li key={i}>
                    <RichText text={item} />
                  </li>
                ))}
              </List>
            );
          }
          case "statuses":
            return <StatusTable key={index} />;
        }
      })}
    </div>
  );
}
