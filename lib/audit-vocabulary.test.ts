import { describe, expect, test } from 'vitest';
import {
  AUDIT_ACTION_ENTITIES,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  isAuditAction,
  isAuditEntity,
  type AuditActionOn,
  type AuditCode,
} from './audit-vocabulary';
import { MESSAGES } from './i18n/messages';

const LOCALES = ['zh-CN', 'en'] as const;
const labelsOf = (locale: (typeof LOCALES)[number]) => MESSAGES[locale].admin.audit as Record<string, unknown>;
const duplicates = (codes: readonly string[]) => codes.filter((code, i) => codes.indexOf(code) !== i);

describe('the audit vocabulary', () => {
  test('lists each action and each entity once', () => {
    expect(duplicates(AUDIT_ACTIONS)).toEqual([]);
    expect(duplicates(AUDIT_ENTITIES)).toEqual([]);
  });

  test('records every action on listed entities, and every entity by some action', () => {
    expect(Object.keys(AUDIT_ACTION_ENTITIES).sort()).toEqual([...AUDIT_ACTIONS].sort());
    const recorded = Object.values(AUDIT_ACTION_ENTITIES).flat();
    expect(recorded.filter((entity) => !isAuditEntity(entity))).toEqual([]);
    expect(AUDIT_ENTITIES.filter((entity) => !recorded.includes(entity))).toEqual([]);
  });

  test.each(LOCALES)('%s labels every action and entity, and nothing else', (locale) => {
    const { actions, entities } = labelsOf(locale) as Record<string, Record<string, string>>;
    const unlabelled = (codes: readonly string[], labels: Record<string, string>) =>
      codes.filter((code) => typeof labels[code] !== 'string' || labels[code].trim() === '');
    expect(unlabelled(AUDIT_ACTIONS, actions)).toEqual([]);
    expect(unlabelled(AUDIT_ENTITIES, entities)).toEqual([]);
    expect(Object.keys(actions).filter((code) => !isAuditAction(code))).toEqual([]);
    expect(Object.keys(entities).filter((code) => !isAuditEntity(code))).toEqual([]);
  });

  test.each(LOCALES)('%s tells the actions apart, and the entities', (locale) => {
    const { actions, entities } = labelsOf(locale) as Record<string, Record<string, string>>;
    expect(duplicates(AUDIT_ACTIONS.map((code) => actions[code]))).toEqual([]);
    expect(duplicates(AUDIT_ENTITIES.map((code) => entities[code]))).toEqual([]);
  });

  test('the month events read in Chinese as the product names them', () => {
    const { actions, entities } = labelsOf('zh-CN') as Record<string, Record<string, string>>;
    expect(actions.MONTH_SUBMIT).toBe('提交月度数据');
    expect(actions.MONTH_APPROVE).toBe('审核通过');
    expect(actions.MONTH_RETURN).toBe('退回修改');
    expect(entities.MonthReport).toBe('月度填报');
  });

  // lib/data/history.ts shows a month's (or an indicator's) events on these entities, named by entry.action
  test.each(LOCALES)("%s names every event a month's history shows", (locale) => {
    const shown = (['MonthReport', 'MonthlyActual', 'BudgetExecution', 'EvidenceFile'] as const).flatMap((entity) =>
      AUDIT_ACTIONS.filter((action) => (AUDIT_ACTION_ENTITIES[action] as readonly string[]).includes(entity)),
    );
    const labels = MESSAGES[locale].entry.action as Record<string, string>;
    expect(shown.filter((action) => !labels[action])).toEqual([]);
  });

  test('knows a recorded code from an unknown one', () => {
    expect(isAuditAction('MONTH_SUBMIT')).toBe(true);
    expect(isAuditAction('ACTUALS_SAVE')).toBe(false);
    expect(isAuditEntity('MonthlyActual')).toBe(true);
    expect(isAuditEntity('DeviationRecord')).toBe(false);
  });
});

// What tsc (npm run typecheck) refuses: each line below must stay an error, or the unused directive fails the check.
export const refused: AuditCode[] = [
  // @ts-expect-error an action nothing records
  { action: 'ACTUALS_SAVE', entity: 'MonthlyActual' },
  // @ts-expect-error a recorded action on an entity it is not recorded on
  { action: 'MONTH_SUBMIT', entity: 'User' },
  // @ts-expect-error an entity nothing records
  { action: 'EXPORT', entity: 'DeviationRecord' },
];
// @ts-expect-error a month's submission is not a change of a user
export const notAUserAction: AuditActionOn<'User'> = 'MONTH_SUBMIT';
