// The sign-in policy (等级保护 habits), pure so the form, the actions and the command line share it.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 100;
/** of the four classes: upper case, lower case, digits, symbols */
export const PASSWORD_MIN_CLASSES = 3;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

/** The rule's numbers, as the parameters of every message that states it (hints and refusals alike). */
export const PASSWORD_RULE = {
  min: PASSWORD_MIN_LENGTH,
  max: PASSWORD_MAX_LENGTH,
  classes: PASSWORD_MIN_CLASSES,
} as const;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooFewClasses' | 'containsUsername';

const CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** What is wrong with a password for this user, or null: ≥ 8 characters, three of four classes, no user name. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (CLASSES.filter((pattern) => pattern.test(password)).length < PASSWORD_MIN_CLASSES) return 'tooFewClasses';
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) return 'containsUsername';
  return null;
}

export type SessionTimes = { createdAt: Date; lastSeenAt: Date };

/** Why a session is over at `now` (idle 30 min, or 12 h since sign-in), or null while it is still valid. */
export function sessionExpiry(session: SessionTimes, now: Date): 'idle' | 'absolute' | null {
  if (now.getTime() - session.createdAt.getTime() >= SESSION_ABSOLUTE_HOURS * 3_600_000) return 'absolute';
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MINUTES * 60_000) return 'idle';
  return null;
}
