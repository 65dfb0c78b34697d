import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

// A statement that records which calls it ran together, answers each call doubled, and can
// be held open or made to fail.
function recordingStatements(fails: (calls: number[]) => Error | null = () => null) {
  const statements: number[][] = [];
  const open: (() => void)[] = [];
  const run = (calls: number[]) =>
    new Promise<number[]>((resolve, reject) => {
      statements.push(calls);
      open.push(() => {
        const error = fails(calls);
        if (error) reject(error);
        else resolve(calls.map((call) => call * 2));
      });
    });
  const finishOne = async () => {
    open.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  const finishAll = async () => {
    while (open.length > 0) await finishOne();
  };
  return { statements, run, finishOne, finishAll };
}

describe("group commit", () => {
  it("runs a call on an idle group at once and alone", async () => {
    const { statements, run, finishAll } = recordingStatements();
    const commit = groupCommit(run, { maxCalls: 10 });
    const answer = commit.submit("praxis-a", 1);
    expect(statements).toEqual([[1]]);
    await finishAll();
    expect(await answer).toBe(2);
  });

  it("runs the calls that arrive while a statement runs together in the next one, in their order", async () => {
    const { statements, run, finishAll } = recordingStatements();
    const commit = groupCommit(run, { maxCalls: 10 });
    const answers = [1, 2, 3, 4].map((call) => commit.submit("praxis-a", call));
    expect(statements).toEqual([[1]]);
    await finishAll();
    expect(statements).toEqual([[1], [2, 3, 4]]);
    expect(await Promise.all(answers)).toEqual([2, 4, 6, 8]);
  });

  it("never makes one group wait for another", async () => {
    const { statements, run, finishAll } = recordingStatements();
    const commit = groupCommit(run, { maxCalls: 10 });
    const answers = [commit.submit("praxis-a", 1), commit.submit("praxis-b", 2)];
    expect(statements).toEqual([[1], [2]]);
    await finishAll();
    expect(await Promise.all(answers)).toEqual([2, 4]);
  });

  it("starts a statement of its own for a full queue instead of letting it grow", async () => {
    const { statements, run, finishAll } = recordingStatements();
    const commit = groupCommit(run, { maxCalls: 3 });
    const answers = [1, 2, 3, 4, 5, 6, 7, 8].map((call) => commit.submit("praxis-a", call));
    expect(statements).toEqual([[1], [2, 3, 4], [5, 6, 7]]);
    await finishAll();
    expect(statements).toEqual([[1], [2, 3, 4], [5, 6, 7], [8]]);
    expect(await Promise.all(answers)).toEqual([2, 4, 6, 8, 10, 12, 14, 16]);
  });

  it("runs a group's calls strictly one after the other when only one may run, however many wait", async () => {
    const { statements, run, finishOne, finishAll } = recordingStatements();
    const commit = groupCommit(run, { maxCalls: 1, maxRunning: 1 });
    const answers = [1, 2, 3].map((call) => commit.submit("praxis-a", call));
    expect(statements).toEqual([[1]]);
    await finishOne();
    expect(statements).toEqual([[1], [2]]);
    await finishAll();
    expect(statements).toEqual([[1], [2], [3]]);
    expect(await Promise.all(answers)).toEqual([2, 4, 6]);
  });

  it("runs each call of a failed group again on its own, one after the other, so that only the bad one fails", async () => {
    const { statements, run, finishOne, finishAll } = recordingStatements((calls) => (calls.includes(3) ? new Error(`statement ${calls.join(",")} failed`) : null));
    const commit = groupCommit(run, { maxCalls: 10 });
    const answers = [1, 2, 3, 4].map((call) => commit.submit("praxis-a", call).catch((error: Error) => error.message));
    await finishOne();
    await finishOne();
    // Alone again, in their order: the next starts when the one before has its answer.
    expect(statements).toEqual([[1], [2, 3, 4], [2]]);
    await finishAll();
    expect(statements).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    expect(await Promise.all(answers)).toEqual([2, 4, "statement 3 failed", 8]);
  });

  it("fails every call of the group at once when the database is unreachable, without trying each again", async () => {
    const outage = Object.assign(new Error("Connection terminated unexpectedly"), { code: "08006" });
    const { statements, run, finishAll } = recordingStatements((calls) => (calls.length > 1 ? outage : null));
    const commit = groupCommit(run, { maxCalls: 10 });
    const answers = [1, 2, 3, 4].map((call) => commit.submit("praxis-a", call).catch((error: Error) => error.message));
    await finishAll();
    expect(statements).toEqual([[1], [2, 3, 4]]);
    expect(await Promise.all(answers)).toEqual([2, outage.message, outage.message, outage.message]);
  });

  it("takes new calls after a failure as before", async () => {
    const { statements, run, finishAll } = recordingStatements((calls) => (calls.includes(1) ? new Error("statement 1 failed") : null));
    const commit = groupCommit(run, { maxCalls: 10 });
    const failed = commit.submit("praxis-a", 1).catch((error: Error) => error.message);
    await finishAll();
    expect(await failed).toBe("statement 1 failed");
    const answer = commit.submit("praxis-a", 5);
    await finishAll();
    expect(await answer).toBe(10);
    expect(statements).toEqual([[1], [5]]);
  });
});
