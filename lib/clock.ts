// The app's one clock: every read ("as of today", overdue, has the month started) and every write (submitted at,
// reviewed at, locked until) takes `now` from here, never from `new Date()`.
//
// Tests pin it: database tests call `setClock(new Date('2026-11-15T04:00:00Z'))` (and `setClock(null)` after); the
// browser tests start the server with APP_NOW=<ISO instant> (scripts/e2e.ts), so no test depends on today's date.
// APP_NOW is read only when it is set, and it is never set by `npm start`; a malformed value stops the process.
let pinned: Date | null = null;

function fromEnvironment(): Date | null {
  const value = process.env.APP_NOW;
  if (!value) return null;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`APP_NOW is not an ISO instant: ${value}`);
  return at;
}

export const clock = {
  /** The current instant: pinned by a test, else APP_NOW, else the wall clock. */
  now(): Date {
    const fixed = pinned ?? fromEnvironment();
    return fixed ? new Date(fixed.getTime()) : new Date();
  },
};

/** For tests: pin the clock to an instant, or release it with null. */
export function setClock(at: Date | null): void {
  pinned = at && new Date(at.getTime());
}
