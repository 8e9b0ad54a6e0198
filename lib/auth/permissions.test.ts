import { describe, expect, test } from 'vitest';
import { can, canSeeUnit, PERMISSIONS, ROLES, visibleUnitFilter, type Permission, type Role } from './permissions';

describe('can', () => {
  test.each<[Role, Permission, boolean]>([
    ['ADMIN', 'users.manage', true],
    ['ADMIN', 'months.reopen', true],
    ['MANAGER', 'actuals.edit', true],
    ['MANAGER', 'months.review', false],
    ['MANAGER', 'reports.export', false],
    ['LEADER', 'months.review', true],
    ['LEADER', 'actuals.edit', false],
    ['EVALUATOR', 'reports.export', true],
    ['EVALUATOR', 'actuals.edit', false],
    ['EVALUATOR', 'months.reopen', false],
    ['EVALUATOR', 'scores.qualitative', true],
    ['MANAGER', 'scores.qualitative', false],
    ['LEADER', 'scores.qualitative', false],
  ])('%s may %s: %s', (role, permission, expected) => {
    expect(can({ role }, permission)).toBe(expected);
  });

  test('nobody signed in may do nothing', () => {
    for (const p of PERMISSIONS) expect(can(null, p)).toBe(false);
  });

  test('every role may view the dashboard', () => {
    for (const role of ROLES) expect(can({ role }, 'dashboard.view')).toBe(true);
  });
});

describe('unit visibility', () => {
  test.each<[Role, number | null, number, boolean]>([
    ['MANAGER', 1, 1, true],
    ['MANAGER', 1, 2, false],
    ['LEADER', 1, 2, true],
    ['EVALUATOR', null, 2, true],
    ['ADMIN', 1, 5, true],
  ])('%s of unit %s sees unit %s: %s', (role, unitId, target, expected) => {
    expect(canSeeUnit({ role, unitId }, target)).toBe(expected);
  });

  test('a manager without a unit sees none', () => {
    expect(visibleUnitFilter({ role: 'MANAGER', unitId: null })).toEqual({ id: -1 });
    expect(visibleUnitFilter({ role: 'LEADER', unitId: 1 })).toEqual({});
  });
});
