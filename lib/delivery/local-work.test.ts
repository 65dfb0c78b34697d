import { describe, expect, it } from "vitest";
import { noMail } from "../../db/testing/fixtures";
import { createLocalWork } from "./local-work";

function localWork() {
  const wakes: number[] = [];
  const work = createLocalWork({
    db: () => Promise.reject(new Error("no database in this test")),
    mailer: () => noMail,
    wakeDriver: () => wakes.push(Date.now()),
  });
  return { work, wakes };
}

const minute = 60_000;

describe("local durable work", () => {
  it("wakes the driver only when a message is due now", async () => {
    const { work, wakes } = localWork();
    await work.messagesAccepted([{ id: "later", sendAt: new Date(Date.now() + 60 * minute) }]);
    expect(wakes).toHaveLength(0);
    await work.messagesAccepted([
      { id: "later", sendAt: new Date(Date.now() + 60 * minute) },
      { id: "now", sendAt: new Date(Date.now() - minute) },
    ]);
    expect(wakes).toHaveLength(1);
  });

  it("has nothing to do for a cancel: the sweep never claims a cancelled row", async () => {
    const { work, wakes } = localWork();
    await work.messageCancelled("any");
    expect(wakes).toHaveLength(0);
  });
});
