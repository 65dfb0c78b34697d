import { Badge } from "@/components/ui/badge";

/** Marks a test key, or a message sent with one: it went to the simulator and is never billed. */
export function TestBadge({ title = "Mit einem Test-Schlüssel gesendet: an den Simulator, nicht berechnet, nicht in Statistik und Rechnung." }: { title?: string }) {
  return (
    <Badge variant="warning" title={title}>
      Test
    </Badge>
  );
}
