import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, buttonVariants } from "./button";
import { cn } from "./cn";

describe("cn", () => {
  it("lets the later class win, also for the theme's brand colours", () => {
    expect(cn("px-4 py-2", "px-2")).toBe("py-2 px-2");
    expect(cn("bg-brand-600 hover:bg-brand-700", "bg-rose-700")).toBe("hover:bg-brand-700 bg-rose-700");
    expect(cn("text-sm", false && "hidden", undefined, ["font-medium"])).toBe("text-sm font-medium");
  });
});

describe("Button", () => {
  it("keeps the marketing call-to-action classes", () => {
    const classes = buttonVariants({ size: "lg" }).split(" ");
    expect(classes).toEqual(expect.arrayContaining(["rounded-md", "bg-brand-600", "px-5", "py-3", "font-semibold", "text-white", "hover:bg-brand-700"]));
  });

  it("lets a caller's padding replace the size's padding", () => {
    const classes = buttonVariants({ variant: "outline", size: "sm", className: "px-6" }).split(" ");
    expect(classes).toContain("px-6");
    expect(classes).not.toContain("px-3");
    expect(classes).toContain("border-brand-600");
  });

  it("renders its child instead of a <button> with asChild", () => {
    const html = renderToStaticMarkup(
      <Button asChild variant="ghost">
        <a href="/faq">FAQ</a>
      </Button>,
    );
    expect(html).toMatch(/^<a [^>]*href="\/faq"[^>]*>FAQ<\/a>$/);
    expect(html).toMatch(/class="[^"]*\btext-brand-700\b/);
    expect(html).not.toContain("<button");
  });

  it("renders a disabled <button>", () => {
    const html = renderToStaticMarkup(<Button disabled>Senden</Button>);
    expect(html).toMatch(/^<button [^>]*disabled=""[^>]*>Senden<\/button>$/);
    expect(html).toContain("disabled:opacity-50");
  });
});
