import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { STATUS_DESCRIPTIONS, STATUS_LABELS, type MessageStatus } from "@/lib/messages/status";

// Colour only repeats the label (never carries meaning alone): green-ish brand for delivered,
// amber while the network holds it, red when it did not arrive.
const VARIANT: Record<MessageStatus, BadgeVariant> = {
  pending: "neutral",
  queued: "neutral",
  sent: "neutral",
  buffered: "warning",
  delivered: "brand",
  undelivered: "danger",
  cancelled: "neutral",
};

/** A message's delivery status with its German label; the description shows on hover. */
export function StatusBadge({ status }: { status: MessageStatus }) {
  return (
    <Badge variant={VARIANT[status]} title={STATUS_DESCRIPTIONS[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
