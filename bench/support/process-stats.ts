import { readFileSync } from "node:fs";

// Memory and CPU time of a process and its children (next start may fork), from /proc.

function children(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    return tasks ? tasks.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Megabytes resident in the process tree now. */
export function treeRssMb(pid: number): number {
  let kb = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const next = stack.pop()!;
    kb += rssKb(next);
    stack.push(...children(next));
  }
  return kb / 1024;
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the peak. */
export function watchPeakRss(pid: number, intervalMs = 20): { stop(): number } {
  let peak = treeRssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRssMb(pid));
    },
  };
}

/** CPU seconds (user + system) the process tree has used so far. */
export function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const next = stack.pop()!;
    try {
      // Fields after the command name (which may contain spaces): utime is the 12th, stime the 13th.
      const fields = readFileSync(`/proc/${next}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
    stack.push(...children(next));
  }
  return ticks / 100;
}
