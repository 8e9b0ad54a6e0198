import { describe, expect, test } from 'vitest';
import { decodeAdminMessage } from './admin-messages';
import { createUserSchema, isStrongPassword, updateUserSchema } from './admin-users';
import { createUnitSchema } from './admin-units';
import { adjustTargetSchema, copyPlanSchema, indicatorSchema, planSettingsSchema } from './admin-plans';
import type { z } from 'zod';

function errorsOf(result: z.ZodSafeParseResult<unknown>): Record<string, string[]> {
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (out[issue.path.join('.')] ??= []).push(decodeAdminMessage(issue.message).key);
  return out;
}

describe('password strength: ≥ 8 characters from three of upper, lower, digits, symbols', () => {
  test.each([
    ['Demo@2026', true],
    ['abcdefg1', false],
    ['Abcdefg1', true],
    ['abcdefgh', false],
    ['12345678', false],
    ['abc123', false],
    ['密码密码密码密码1', false],
  ])('%s → %s', (password, ok) => expect(isStrongPassword(password)).toBe(ok));
});

describe('createUserSchema', () => {
  const valid = { username: ' zhang.san ', displayName: '张三', role: 'LEADER', unitId: '', password: 'Passw0rd' };
  test('accepts a valid user and trims the name', () => {
    const parsed = createUserSchema.parse(valid);
    expect(parsed).toMatchObject({ username: 'zhang.san', unitId: null, role: 'LEADER' });
  });
  test.each([
    [{ password: 'password' }, { password: ['errors.passwordWeak'] }],
    [{ password: 'zhang.san-2026' }, { password: ['errors.passwordHasUsername'] }],
    [{ role: 'MANAGER' }, { unitId: ['errors.managerNeedsUnit'] }],
    [{ username: '' }, { username: ['errors.required'] }],
    [{ username: '张三' }, { username: ['errors.usernameChars'] }],
    [{ role: 'ROOT' }, { role: ['errors.roleInvalid'] }],
  ])('%o is refused with %o', (change, errors) =>
    expect(errorsOf(createUserSchema.safeParse({ ...valid, ...change }))).toEqual(errors),
  );
  test('a manager with a unit is fine', () =>
    expect(createUserSchema.safeParse({ ...valid, role: 'MANAGER', unitId: '3' }).success).toBe(true));
  test('a role change to manager needs a unit too', () =>
    expect(errorsOf(updateUserSchema.safeParse({ id: '1', version: '1', role: 'MANAGER', unitId: '' }))).toEqual({
      unitId: ['errors.managerNeedsUnit'],
    }));
});

describe('createUnitSchema', () => {
  test('code and name are required', () =>
    expect(errorsOf(createUnitSchema.safeParse({ code: ' ', name: '' }))).toEqual({
      code: ['errors.required'],
      name: ['errors.required'],
    }));
  test('a code is letters, digits and dashes', () =>
    expect(errorsOf(createUnitSchema.safeParse({ code: '35 01', name: 'x' }))).toEqual({
      code: ['errors.unitCodeChars'],
    }));
});

describe('planSettingsSchema', () => {
  const valid = {
    id: '1',
    version: '1',
    goal: '目标',
    basicExpense: '２４５.７８',
    projectExpense: '0',
    budgetWeight: '10',
    gradeExcellent: '90',
    gradeGood: '80',
    gradeFair: '60',
    countGreenPace: '100',
    countYellowPace: '95',
    countTooLowPace: '120',
    ratioTolerancePp: '2',
    budgetGreen: '80',
    budgetYellow: '60',
    dueDay: '10',
  };
  test('full-width digits and commas are normalised; money stays an exact string', () => {
    const parsed = planSettingsSchema.parse({ ...valid, projectExpense: ' 1,000.5 ' });
    expect(parsed.basicExpense).toBe('245.78');
    expect(parsed.projectExpense).toBe('1000.5');
  });
  test.each([
    [{ basicExpense: '-1' }, { basicExpense: ['errors.negative'] }],
    [{ basicExpense: 'abc' }, { basicExpense: ['errors.notNumber'] }],
    [{ basicExpense: '1.1234567' }, { basicExpense: ['errors.notNumber'] }],
    [{ budgetWeight: '101' }, { budgetWeight: ['errors.tooLarge'] }],
    [{ gradeGood: '95' }, { gradeGood: ['errors.order.gradeGood'] }],
    [{ budgetYellow: '85' }, { budgetYellow: ['errors.order.budgetYellow'] }],
    [{ dueDay: '31' }, { dueDay: ['errors.dueDay'] }],
    [{ goal: '' }, { goal: ['errors.required'] }],
  ])('%o → %o', (change, errors) =>
    expect(errorsOf(planSettingsSchema.safeParse({ ...valid, ...change }))).toEqual(errors),
  );
});

describe('indicatorSchema', () => {
  const ratio = {
    planId: '1',
    code: 'I09',
    level1: '产出指标',
    level2: '质量指标',
    name: '回访率',
    kind: 'RATIO',
    comparator: 'GTE',
    target: '90',
    targetText: '',
    displayUnit: '%',
    displayDivisor: '1',
    weight: '5',
    numeratorLabel: '回访件数',
    denominatorLabel: '办结件数',
  };
  test('a ratio indicator parses; an absent checkbox is false', () =>
    expect(indicatorSchema.parse(ratio)).toMatchObject({ target: '90', targetText: null, isMonitoring: false }));
  test.each([
    [{ target: '' }, { target: ['errors.targetRequired'] }],
    [{ numeratorLabel: ' ' }, { numeratorLabel: ['errors.required'] }],
    [{ isMonitoring: 'on' }, { weight: ['errors.monitoringWeight'] }],
    [{ kind: 'QUALITATIVE', target: '' }, { targetText: ['errors.targetTextRequired'] }],
    [{ code: 'I 9' }, { code: ['errors.codeChars'] }],
  ])('%o → %o', (change, errors) =>
    expect(errorsOf(indicatorSchema.safeParse({ ...ratio, ...change }))).toEqual(errors),
  );
});

describe('adjustTargetSchema and copyPlanSchema', () => {
  test('a reason is required', () =>
    expect(
      errorsOf(adjustTargetSchema.safeParse({ id: '1', version: '1', target: '91', weight: '15', reason: ' ' })),
    ).toEqual({ reason: ['errors.reasonRequired'] }));
  test('a year is a plausible year', () =>
    expect(errorsOf(copyPlanSchema.safeParse({ unitId: '1', year: '20270' }))).toEqual({
      year: ['errors.yearInvalid'],
    }));
});
