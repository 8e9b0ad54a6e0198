import { createTranslator } from 'next-intl';
import { describe, expect, test } from 'vitest';
import { auditReader, type AuditTranslator } from './audit-values';
import { AUDIT_FIELDS } from './audit-vocabulary';
import { MESSAGES } from './i18n/messages';

const LOCALES = ['zh-CN', 'en'] as const;
const names = {
  users: new Map([[13, '省中心填报员']]),
  units: new Map([[1, '103603 福建省12345政务服务便民热线中心']]),
};
const readerFor = (locale: (typeof LOCALES)[number]) =>
  auditReader(
    createTranslator({ locale, messages: MESSAGES[locale], timeZone: 'Asia/Shanghai' }) as unknown as AuditTranslator,
    locale,
    names,
  );
const zh = readerFor('zh-CN');
const en = readerFor('en');

describe('the audit log reads a recorded field', () => {
  test.each(LOCALES)('%s labels every field the application records, each apart from its code', (locale) => {
    const fields = MESSAGES[locale].admin.audit.fields as Record<string, string>;
    expect(AUDIT_FIELDS.filter((code) => !fields[code]?.trim())).toEqual([]);
    expect(Object.keys(fields).filter((code) => !(AUDIT_FIELDS as readonly string[]).includes(code))).toEqual([]);
    const reader = readerFor(locale);
    expect(AUDIT_FIELDS.filter((code) => reader.field(code) === code)).toEqual([]);
  });

  test('field names in the reader’s language; an unknown field keeps its code', () => {
    expect(zh.field('numerator')).toBe('分子');
    expect(zh.field('returnReason')).toBe('退回原因');
    expect(zh.field('reopenReason')).toBe('重新打开原因');
    expect(zh.field('unitCode')).toBe('单位编码');
    expect(zh.field('indicatorId')).toBe('指标编号');
    expect(en.field('numerator')).toBe('Numerator');
    expect(zh.field('someProbe')).toBe('someProbe');
  });

  test('a deviation record as its causes’ labels, analysis, measures and likelihood label', () => {
    const deviation = {
      causes: ['STAFFING', 'HARDWARE'],
      analysis: '来电高峰集中，坐席排班不足。',
      measures: '增加高峰时段排班。',
      likelihood: 'POSSIBLE',
    };
    expect(zh.value('deviation', deviation)).toBe(
      '偏差原因：人员保障、硬件条件保障\n原因分析：来电高峰集中，坐席排班不足。\n改进措施：增加高峰时段排班。\n完成目标可能性：有可能',
    );
    const english = en.value('deviation', deviation);
    expect(english).toContain('Causes: ');
    expect(english).not.toMatch(/STAFFING|HARDWARE|POSSIBLE|\{/);
  });

  test('figures as typed with thousands separators; ids, years and months without', () => {
    expect(zh.value('numerator', '950000')).toBe('950,000');
    expect(zh.value('denominator', 1100000)).toBe('1,100,000');
    expect(zh.value('spent', '1234567.50')).toBe('1,234,567.50');
    expect(zh.value('planned', ['204816.67', '204816.63'])).toBe('204,816.67、204,816.63');
    expect(en.value('planned', ['204816.67', '204816.63'])).toBe('204,816.67, 204,816.63');
    expect(zh.value('year', 2026)).toBe('2026');
    expect(zh.value('indicatorId', 26)).toBe('26');
    expect(zh.value('unitCode', '103603')).toBe('103603');
    expect(zh.isFigure('numerator', '950000')).toBe(true);
    expect(zh.isFigure('note', '950000')).toBe(false);
  });

  test('instants in Asia/Shanghai, null as a dash, absent as nothing, yes and no', () => {
    expect(zh.value('lockedUntil', '2026-11-28T16:30:00.000Z')).toBe('2026年11月29日 00:30:00');
    expect(en.value('revokedAt', '2026-11-28T16:30:00.000Z')).toBe('29 Nov 2026, 00:30:00');
    expect(zh.value('revokedAt', null)).toBe('—');
    expect(zh.value('note', undefined)).toBe('');
    expect(zh.value('isActive', false)).toBe('否');
    expect(en.value('isActive', true)).toBe('Yes');
  });

  test('coded values by their labels; ids by the names at hand', () => {
    expect(zh.value('state', 'SUBMITTED')).toBe(MESSAGES['zh-CN'].domain.monthState.SUBMITTED);
    expect(zh.value('role', 'MANAGER')).toBe(MESSAGES['zh-CN'].domain.role.MANAGER);
    expect(en.value('status', 'PUBLISHED')).toBe(MESSAGES.en.admin.plans.PUBLISHED);
    expect(zh.value('status', 200)).toBe('200');
    expect(zh.value('unitId', 1)).toBe('103603 福建省12345政务服务便民热线中心（#1）');
    expect(zh.value('unitId', 99)).toBe('#99');
    expect(zh.value('filter', { userId: 13, action: 'MONTH_SUBMIT' })).toBe(
      `用户：省中心填报员（#13）\n操作：${MESSAGES['zh-CN'].admin.audit.actions.MONTH_SUBMIT}`,
    );
    expect(zh.value('channels', { DUE: { IN_APP: true, EMAIL: false } })).toBe('填报提醒：站内通知：是，电子邮件：否');
  });
});
