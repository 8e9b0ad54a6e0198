import { describe, expect, test } from 'vitest';
import { passwordProblem, sessionExpiry } from '@/lib/auth/password-policy';

describe('password policy', () => {
  test.each([
    ['Short1!', 'zhang', 'tooShort'],
    ['alllowercase', 'zhang', 'tooFewClasses'],
    ['lowercase123', 'zhang', 'tooFewClasses'],
    ['UPPER-lower', 'zhang', null],
    ['Lower123x', 'zhang', null],
    ['x'.repeat(101) + 'A1', 'zhang', 'tooLong'],
    ['Zhang2026!', 'zhang', 'containsUsername'],
    ['myZHANG#2026', 'zhang', 'containsUsername'],
    ['Wang2026!x', 'zhang', null],
    ['中文密码Ab12', 'li', null],
  ])('%s for %s → %s', (password, username, expected) => {
    expect(passwordProblem(password, username)).toBe(expected);
  });
});

describe('session limits', () => {
  const createdAt = new Date('2026-03-02T00:00:00Z');
  const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
  test.each([
    [0, 29, null],
    [0, 30, 'idle'],
    [700, 719, null],
    [700, 720, 'absolute'],
    [715, 760, 'absolute'],
  ])('last seen at +%i min, now +%i min → %s', (seen, now, expected) => {
    expect(sessionExpiry({ createdAt, lastSeenAt: at(seen) }, at(now))).toBe(expected);
  });
});
