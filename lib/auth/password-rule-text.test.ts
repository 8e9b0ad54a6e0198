import { describe, expect, test } from 'vitest';
import { PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH, PASSWORD_RULE, passwordProblem } from '@/lib/auth/password-policy';
import { message } from '@/lib/errors';
import { translator } from '@/lib/i18n/translate';

// The hints beside the password fields (admin's new user and reset, the user's own change) and the refusals state the
// rule passwordProblem enforces, with its numbers taken from the policy's constants.
const STATEMENTS = ['admin.users.passwordHint', 'auth.passwordChange.rule', 'admin.errors.passwordWeak'] as const;
const HINTS = ['admin.users.passwordHint', 'auth.passwordChange.rule'] as const;

describe.each([
  {
    locale: 'zh-CN' as const,
    length: (n: number) => `至少${n}位`,
    classes: (n: number) => `大写字母、小写字母、数字和符号中的至少${n}类`,
    username: '不能包含用户名',
  },
  {
    locale: 'en' as const,
    length: (n: number) => `at least ${n} characters`,
    classes: (n: number) => `at least ${n} of: upper case, lower case, digits, symbols`,
    username: 'not containing',
  },
])('the password rule in $locale', ({ locale, length, classes, username }) => {
  const t = translator(locale);

  test.each(STATEMENTS)('%s states the length and the character classes enforced', (key) => {
    const text = t.text(message(key, PASSWORD_RULE)).toLowerCase();
    expect(text).toContain(length(PASSWORD_MIN_LENGTH));
    expect(text).toContain(classes(PASSWORD_MIN_CLASSES));
    // the refused example from QA: letters and digits only are two classes, not enough
    expect(passwordProblem('abcd1234', 'someone')).toBe('tooFewClasses');
  });

  test.each(STATEMENTS)('%s takes its numbers from the policy, not from its own text', (key) => {
    const text = t.text(message(key, { ...PASSWORD_RULE, min: 12, classes: 4 })).toLowerCase();
    expect(text).toContain(length(12));
    expect(text).toContain(classes(4));
  });

  test.each(HINTS)('%s says the user name may not be part of the password', (key) => {
    expect(t.text(message(key, PASSWORD_RULE))).toContain(username);
  });
});
