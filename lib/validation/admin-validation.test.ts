import { describe, expect, test } from 'vitest';
import { fieldErrorsOf, parseInput } from './issues';
import { createUserSchema, isStrongPassword, updateUserSchema } from './admin-users';
import { createUnitSchema } from './admin-units';
import { adjustTargetSchema, copyPlanSchema, indicatorSchema, planSettingsSchema } from './admin-plans';
import type { z } from 'zod';

/** The message keys per field (the schema is parsed the way the action core parses it). */
function errorsOf(result: z.ZodSafeParseResult<unknown>): Record<string, string[]> {
  if (result.success) return {};
  const errors = fieldErrorsOf(result.error);
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((m) => m.key)]));
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
    [{ password: 'password' }, { password: ['admin.errors.passwordWeak'] }],
    [{ password: 'zhang.san-2026' }, { password: ['admin.errors.passwordHasUsername'] }],
    [{ role: 'MANAGER' }, { unitId: ['admin.errors.managerNeedsUnit'] }],
    [{ username: '' }, { username: ['admin.errors.required'] }],
    [{ username: '张三' }, { username: ['admin.errors.usernameChars'] }],
    [{ role: 'ROOT' }, { role: ['admin.errors.roleInvalid'] }],
  ])('%o is refused with %o', (change, errors) =>
    expect(errorsOf(parseInput(createUserSchema, { ...valid, ...change }))).toEqual(errors),
  );
  test('a manager with a unit is fine', () =>
    expect(parseInput(createUserSchema, { ...valid, role: 'MANAGER', unitId: '3' }).success).toBe(true));
  test('a role change to manager needs a unit too', () =>
    expect(errorsOf(parseInput(updateUserSchema, { id: '1', version: '1', role: 'MANAGER', unitId: '' }))).toEqual({
      unitId: ['admin.errors.managerNeedsUnit'],
    }));
});

describe('createUnitSchema', () => {
  test('code and name are required', () =>
    expect(errorsOf(parseInput(createUnitSchema, { code: ' ', name: '' }))).toEqual({
      code: ['admin.errors.required'],
      name: ['admin.errors.required'],
    }));
  test('a code is letters, digits and dashes', () =>
    expect(errorsOf(parseInput(createUnitSchema, { code: '35 01', name: 'x' }))).toEqual({
      code: ['admin.errors.unitCodeChars'],
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
    [{ basicExpense: '-1' }, { basicExpense: ['admin.errors.negative'] }],
    [{ basicExpense: 'abc' }, { basicExpense: ['admin.errors.notNumber'] }],
    [{ basicExpense: '1.1234567' }, { basicExpense: ['admin.errors.notNumber'] }],
    [{ budgetWeight: '101' }, { budgetWeight: ['admin.errors.tooLarge'] }],
    [{ gradeGood: '95' }, { gradeGood: ['admin.errors.order.gradeGood'] }],
    [{ budgetYellow: '85' }, { budgetYellow: ['admin.errors.order.budgetYellow'] }],
    [{ dueDay: '31' }, { dueDay: ['admin.errors.dueDay'] }],
    [{ goal: '' }, { goal: ['admin.errors.required'] }],
  ])('%o → %o', (change, errors) =>
    expect(errorsOf(parseInput(planSettingsSchema, { ...valid, ...change }))).toEqual(errors),
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
    [{ target: '' }, { target: ['admin.errors.targetRequired'] }],
    [{ numeratorLabel: ' ' }, { numeratorLabel: ['admin.errors.required'] }],
    [{ isMonitoring: 'on' }, { weight: ['admin.errors.monitoringWeight'] }],
    [{ kind: 'QUALITATIVE', target: '' }, { targetText: ['admin.errors.targetTextRequired'] }],
    [{ code: 'I 9' }, { code: ['admin.errors.codeChars'] }],
  ])('%o → %o', (change, errors) =>
    expect(errorsOf(parseInput(indicatorSchema, { ...ratio, ...change }))).toEqual(errors),
  );
});

describe('adjustTargetSchema and copyPlanSchema', () => {
  test('a reason is required', () =>
    expect(
      errorsOf(parseInput(adjustTargetSchema, { id: '1', version: '1', target: '91', weight: '15', reason: ' ' })),
    ).toEqual({ reason: ['admin.errors.reasonRequired'] }));
  test('a year is a plausible year', () =>
    expect(errorsOf(parseInput(copyPlanSchema, { unitId: '1', year: '20270' }))).toEqual({
      year: ['admin.errors.yearInvalid'],
    }));
});
