// How long a run of failed sign-ins makes the next attempt wait: free tries, then a delay that doubles
// with each further failure, capped. Pure: the streak (length, time of the last failure) comes in.

export interface DelayPolicy {
  /** Failures allowed before any wait. */
  free: number;
  /** The first wait, after the `free`-th failure. */
  baseMs: number;
  /** The longest wait, however long the streak. */
  capMs: number;
}

/** Per account, from clients it has not seen sign in before: short, so an attacker cannot keep
 * the owner out for long (and the owner's own browsers are not held by it at all). */
export const ACCOUNT_DELAY: DelayPolicy = { free: 5, baseMs: 10_000, capMs: 5 * 60_000 };
/** Per account from one client (a known browser, or a trusted address): the guesser's own client. */
export const CLIENT_DELAY: DelayPolicy = { free: 5, baseMs: 10_000, capMs: 15 * 60_000 };
/** Per trusted address, across every account it tries. */
export const ADDRESS_DELAY: DelayPolicy = { free: 30, baseMs: 10_000, capMs: 15 * 60_000 };
/** A streak with no failure for this long is forgotten. */
export const STREAK_FORGOTTEN_AFTER_MS = 60 * 60_000;

/** The wait imposed after `failures` failures in a row. */
export function delayAfter(failures: number, policy: DelayPolicy): number {
  if (failures < policy.free) return 0;
  const doublings = Math.min(failures - policy.free, 30);
  return Math.min(policy.baseMs * 2 ** doublings, policy.capMs);
}

/** Milliseconds still to wait at `now`, given the streak's length and its last failure's time. */
export function remainingWait(streak: { count: number; last: number } | undefined, policy: DelayPolicy, now: number): number {
  if (!streak || now - streak.last >= STREAK_FORGOTTEN_AFTER_MS) return 0;
  return Math.max(0, streak.last + delayAfter(streak.count, policy) - now);
}

/** "40 s", "2 min 5 s": a wait said the way the sign-in form shows it. */
export function describeWait(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 === 0 ? `${m} min` : `${m} min ${s % 60} s`;
}
