import { DAY_MS } from './dates';

export interface RateLimitConfig {
  quota: number;
  windowMs: number;
  dailyQuota: number;
  retryAfter: boolean;
  /**
   * Every answer carries x-ratelimit-limit (the window's quota), x-ratelimit-remaining (calls left
   * in the window, or 0 once the day is spent) and x-ratelimit-reset (seconds until those start
   * over, rounded up). Gainsight's Timeline page names x-ratelimit-limit; the other two names are
   * the common spellings, not documented ones.
   */
  headers?: boolean;
}

export type Admission =
  | { allowed: true; remaining: number; resetMs: number }
  | { allowed: false; retryAfterMs: number; scope: 'window' | 'day' };

/**
 * Fixed-window limiter (003: "100 API calls per min / 50,000 per day, fixed window"). Windows
 * start at multiples of windowMs (and of a day) from the origin: the server start, or the last
 * configure/reset. Only admitted calls are counted.
 */
export class RateLimiter {
  private origin = 0;
  private window = -1;
  private windowCount = 0;
  private day = -1;
  private dayCount = 0;

  constructor(
    private config: RateLimitConfig,
    now: number,
  ) {
    this.reset(now);
  }

  get settings(): RateLimitConfig {
    return { ...this.config };
  }

  configure(config: RateLimitConfig, now: number): void {
    this.config = config;
    this.reset(now);
  }

  reset(now: number): void {
    this.origin = now;
    this.window = -1;
    this.windowCount = 0;
    this.day = -1;
    this.dayCount = 0;
  }

  take(now: number): Admission {
    const elapsed = Math.max(0, now - this.origin);
    const w = Math.floor(elapsed / this.config.windowMs);
    if (w !== this.window) {
      this.window = w;
      this.windowCount = 0;
    }
    const d = Math.floor(elapsed / DAY_MS);
    if (d !== this.day) {
      this.day = d;
      this.dayCount = 0;
    }
    if (this.dayCount >= this.config.dailyQuota) {
      return { allowed: false, scope: 'day', retryAfterMs: this.origin + (d + 1) * DAY_MS - now };
    }
    if (this.windowCount >= this.config.quota) {
      return { allowed: false, scope: 'window', retryAfterMs: this.origin + (w + 1) * this.config.windowMs - now };
    }
    this.windowCount++;
    this.dayCount++;
    const remaining = Math.min(this.config.quota - this.windowCount, this.config.dailyQuota - this.dayCount);
    // Once the day's last call is taken, what is left starts over with the day, not the window.
    const resetMs = this.dayCount >= this.config.dailyQuota ? this.origin + (d + 1) * DAY_MS - now : this.origin + (w + 1) * this.config.windowMs - now;
    return { allowed: true, remaining, resetMs };
  }
}

/** The x-ratelimit-* headers of an answer (see RateLimitConfig.headers); none unless switched on. */
export function rateLimitHeaders(config: RateLimitConfig, admission: Admission): Record<string, string> {
  if (!config.headers) return {};
  const seconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));
  return {
    'x-ratelimit-limit': String(config.quota),
    'x-ratelimit-remaining': String(admission.allowed ? admission.remaining : 0),
    'x-ratelimit-reset': seconds(admission.allowed ? admission.resetMs : admission.retryAfterMs),
  };
}
