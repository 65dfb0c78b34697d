import { afterEach, describe, expect, it, vi } from "vitest";
import { PollingLoop } from "./polling-loop";

const messages = { paused: "[test] paused:", resumed: "[test] resumed.", failed: "[test] failed:" };
const refused = () => Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

class ScriptedLoop extends PollingLoop {
  runs = 0;
  // A long interval: a second run within a test can only come from wake().
  constructor(private readonly outcomes: (() => Promise<void>)[]) {
    super(60_000, messages);
  }
  protected tick() {
    return (this.outcomes[this.runs++] ?? (async () => {}))();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("a polling loop", () => {
  it("logs a database outage once when it starts and once when it ends, and runs on through it", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const logs = vi.spyOn(console, "log").mockImplementation(() => {});
    const loop = new ScriptedLoop([async () => Promise.reject(refused()), async () => Promise.reject(refused()), async () => {}]);
    for (let run = 0; run < 3; run++) await loop.runOnce();
    expect(errors.mock.calls.map(([line]) => line)).toEqual([messages.paused]);
    expect(logs.mock.calls.map(([line]) => line)).toEqual([messages.resumed]);
  });

  it("logs any other failure every time, without stopping", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const loop = new ScriptedLoop([async () => Promise.reject(new Error("bug")), async () => Promise.reject(new Error("bug"))]);
    await loop.runOnce();
    await loop.runOnce();
    expect(errors.mock.calls.map(([line]) => line)).toEqual([messages.failed, messages.failed]);
    expect(loop.runs).toBe(2);
  });

  it("joins the run in progress instead of starting a second one", async () => {
    let finish = () => {};
    const loop = new ScriptedLoop([() => new Promise<void>((resolve) => (finish = resolve))]);
    const first = loop.runOnce();
    const second = loop.runOnce();
    finish();
    await Promise.all([first, second]);
    expect(loop.runs).toBe(1);
  });

  it("runs again right after the run in progress when woken during it, and not after stop()", async () => {
    let finish = () => {};
    const loop = new ScriptedLoop([() => new Promise<void>((resolve) => (finish = resolve)), async () => {}]);
    loop.start();
    await vi.waitFor(() => expect(loop.runs).toBe(1));
    loop.wake();
    finish();
    await vi.waitFor(() => expect(loop.runs).toBe(2));
    expect(loop.runs).toBe(2);
    loop.stop();
    loop.wake();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loop.runs).toBe(2);
  });
});
