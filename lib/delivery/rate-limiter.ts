/** Spaces calls out to at most `perSecond` a second within this process. */
export class RateLimiter {
  private nextFree = 0;

  constructor(private readonly perSecond: number) {}

  async take(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextFree);
    this.nextFree = slot + 1000 / this.perSecond;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}
