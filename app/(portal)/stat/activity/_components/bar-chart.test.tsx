import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";

describe("BarChart", () => {
  it("renders labelled SVG bars scaled to a round maximum, without script", () => {
    const html = renderToStaticMarkup(
      <BarChart
        description="SMS-Teile je Monat"
        bars={[
          { key: "2026-10", value: 0, label: "Okt.", title: "Oktober 2026: 0 SMS-Teile" },
          { key: "2026-11", value: 1534, label: "Nov.", title: "November 2026: 1.534 SMS-Teile" },
        ]}
      />,
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="SMS-Teile je Monat"');
    expect(html.match(/<rect /g)).toHaveLength(1);
    expect(html).toContain("<title>November 2026: 1.534 SMS-Teile</title>");
    expect(html).toContain(">2.000</text>");
    expect(html).not.toContain("<script");
  });
});
