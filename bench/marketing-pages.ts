// npm run bench:pages – first-load JavaScript of the public pages and the analyser's time per
// keystroke, measured in Debian's Chromium against the production build (`next build` first).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { startNextServer } from "./support/next-server";

const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const PAGES = ["/analyse", "/vorlagen", "/", "/faq"];

function startServer() {
  return startNextServer(PORT, { ...process.env, DATA_DIR: mkdtempSync(path.join(tmpdir(), "pb-bench-")), DEMO_DATA: "0" });
}

async function firstLoadJs(browser: Browser, pagePath: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Next prefetches the pages that visible links lead to; that JavaScript is not this page's.
  await page.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
  const scripts: Promise<{ raw: number; gzip: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") {
      scripts.push(response.body().then((body) => ({ raw: body.length, gzip: gzipSync(body).length })));
    }
  });
  await page.goto(BASE + pagePath, { waitUntil: "networkidle" });
  const sizes = await Promise.all(scripts);
  await context.close();
  return { files: sizes.length, raw: sizes.reduce((s, x) => s + x.raw, 0), gzip: sizes.reduce((s, x) => s + x.gzip, 0) };
}

// Types a 600-character reminder one character at a time and times each keystroke from the
// input event through React's render and commit to a finished layout.
async function keystrokeTimes(browser: Browser, cpuSlowdown: number) {
  const page = await browser.newPage();
  await page.goto(`${BASE}/analyse`, { waitUntil: "networkidle" });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  const sentence = "Guten Tag Frau Hoffmann, Ihr Termin ist am 19.08. um 16:30 Uhr – bitte „rechtzeitig“ absagen: 25 € [Ausfall]. ";
  let text = "";
  while ([...text].length < 598) text += sentence;
  text = [...text].slice(0, 598).join("") + "😀!";
  const times = await page.evaluate(async (fullText) => {
    const field = document.querySelector("textarea")!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
    const characters = [...fullText];
    const result: number[] = [];
    const figure = document.querySelector('[data-testid="characters"]')!;
    let stale = 0;
    let value = "";
    setValue.call(field, "");
    field.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const character of characters) {
      value += character;
      const start = performance.now();
      setValue.call(field, value);
      field.dispatchEvent(new Event("input", { bubbles: true }));
      await Promise.resolve();
      document.body.getBoundingClientRect();
      result.push(performance.now() - start);
      // Proof that the render was inside the measured span: the figure already shows this keystroke.
      if (figure.textContent !== `${result.length} / 600`) stale++;
    }
    return { result, stale };
  }, text);
  await page.close();
  return { times: times.result, stale: times.stale };
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    console.log("\n| page | JS files | first-load JS (raw) | first-load JS (gzip) |");
    console.log("| --- | ---: | ---: | ---: |");
    for (const pagePath of PAGES) {
      const size = await firstLoadJs(browser, pagePath);
      console.log(`| ${pagePath} | ${size.files} | ${(size.raw / 1024).toFixed(1)} kB | ${(size.gzip / 1024).toFixed(1)} kB |`);
    }
    // 4× slower CPU stands in for an old reception PC.
    for (const cpuSlowdown of [1, 4]) {
      const { times, stale } = await keystrokeTimes(browser, cpuSlowdown);
      const last100 = times.slice(-100);
      console.log(`\nAnalyser, CPU ${cpuSlowdown}× slowed, ${times.length} keystrokes up to 600 characters (${stale} measured before their render finished):`);
      console.log(`- all keystrokes: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`);
      console.log(`- last 100 (500–600 characters): median ${percentile(last100, 50).toFixed(2)} ms, p95 ${percentile(last100, 95).toFixed(2)} ms, max ${Math.max(...last100).toFixed(2)} ms`);
    }
    console.log(`\nOne frame at 60 Hz: 16.7 ms\n`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
