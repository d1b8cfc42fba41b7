// A token bucket, the rate limit the bench fakes enforce: `capacity` requests at once, refilled at
// `ratePerSecond`. take() says how long to wait when the bucket is empty.

/** One rate limit. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  /**
   * @param ratePerSecond refill rate.
   * @param capacity burst size (tokens when full).
   * @param now clock in ms.
   */
  constructor(
    readonly ratePerSecond: number,
    readonly capacity: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.ratePerSecond);
    this.last = t;
  }

  /** Takes one token: 0 when allowed, else the ms until one is available (nothing is taken). */
  take(): number {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return ((1 - this.tokens) / this.ratePerSecond) * 1000;
  }

  /** Whole tokens left now. */
  remaining(): number {
    this.refill();
    return Math.floor(this.tokens);
  }
}
