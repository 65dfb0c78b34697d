// Group commit for a hot statement: while one statement of a group is running, the calls that
// arrive for the same group wait and then go together, as one statement of many rows. One
// statement and one commit for ten messages cost the database about a sixth of ten single ones
// (bench/README.md). A call that finds its group idle starts at once, so nothing waits when
// there is no load.

import { isDatabaseUnavailable } from "./errors";

export interface GroupCommitOptions {
  /** Calls in one statement at most. */
  maxCalls: number;
  /**
   * Statements of one group running at once at most (default: no bound). Below it, a full queue
   * starts a statement of its own at once; with 1 and `maxCalls` 1, a group's calls run strictly
   * one after the other.
   */
  maxRunning?: number;
}

interface Waiting<Call, Result> {
  call: Call;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

interface GroupState<Call, Result> {
  running: number;
  waiting: Waiting<Call, Result>[];
}

/**
 * `run` answers the calls of one group in their order, one result each. When it fails for a
 * group of several, each call is run again on its own, one after the other: one call's bad row
 * (a location deleted meanwhile) must not fail the others, and a failed statement stored
 * nothing. Not when the database is unreachable: then every call fails at once, as it would
 * have alone.
 */
export function groupCommit<Call, Result>(run: (calls: Call[]) => Promise<Result[]>, options: GroupCommitOptions) {
  const groups = new Map<string, GroupState<Call, Result>>();

  async function runAlone(waiting: Waiting<Call, Result>) {
    try {
      waiting.resolve((await run([waiting.call]))[0]);
    } catch (error) {
      waiting.reject(error);
    }
  }

  async function start(group: string, state: GroupState<Call, Result>, batch: Waiting<Call, Result>[]) {
    state.running += 1;
    try {
      const results = await run(batch.map((waiting) => waiting.call));
      batch.forEach((waiting, index) => waiting.resolve(results[index]));
    } catch (error) {
      if (batch.length === 1 || isDatabaseUnavailable(error)) batch.forEach((waiting) => waiting.reject(error));
      else for (const waiting of batch) await runAlone(waiting);
    } finally {
      state.running -= 1;
      if (state.waiting.length > 0) void start(group, state, state.waiting.splice(0, options.maxCalls));
      else if (state.running === 0) groups.delete(group);
    }
  }

  return {
    /** Runs `call` with the others of `group` (calls that may share one statement). */
    submit(group: string, call: Call): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        let state = groups.get(group);
        if (!state) {
          state = { running: 0, waiting: [] };
          groups.set(group, state);
        }
        state.waiting.push({ call, resolve, reject });
        const full = state.waiting.length >= options.maxCalls && state.running < (options.maxRunning ?? Infinity);
        if (state.running === 0 || full) void start(group, state, state.waiting.splice(0, options.maxCalls));
      });
    },
  };
}
