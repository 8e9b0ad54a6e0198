// Issue 10 #13: zod's own English ("Invalid input: expected string, received number") never reaches a person. Wrong
// types sent to the entry action's and the admin actions' schemas come back as field errors in the reader's language.
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { fieldErrorsIn } from '../../tests/support/messages';
import { createUnitSchema } from './admin-units';
import { createUserSchema, resetPasswordSchema, updateUserSchema } from './admin-users';
import { adjustTargetSchema, indicatorSchema, planSettingsSchema } from './admin-plans';
import { reviewSchema, saveMonthSchema } from './entry';
import { evidenceRemoveSchema } from './evidence';

const ZOD_ENGLISH = /invalid input|expected|received|too (big|small)|must (be|have|contain)|unrecognized|required/i;
const CJK = /[\u4e00-\u9fff]/;

// every field of each schema given a value of a type it does not take (numbers for texts, texts and objects for
// numbers, arrays for objects, unknown options)
const CASES: [string, z.ZodType, unknown][] = [
  [
    'saveMonth: wrong type everywhere',
    saveMonthSchema,
    { unitCode: 7, year: '二〇二六', month: {}, version: 'v', intent: 1, rows: 'rows', budget: [] },
  ],
  [
    'saveMonth: a row of wrong types',
    saveMonthSchema,
    {
      unitCode: '103603',
      year: 2026,
      month: 10,
      version: 0,
      intent: 'DRAFT',
      rows: [
        {
          indicatorId: 'I01',
          label: 3,
          value: 12,
          numerator: true,
          denominator: {},
          rating: 'GOOD',
          note: 5,
          deviation: { causes: 'STAFFING', analysis: 1, measures: [], likelihood: 'MAYBE' },
        },
      ],
      budget: { spent: 100, planned: null },
    },
  ],
  ['saveMonth: not an object at all', saveMonthSchema, 'rows=1'],
  ['review', reviewSchema, { unitCode: [], year: 'x', month: 13.5, version: -1, decision: 'MAYBE', reason: 9 }],
  ['evidence removal', evidenceRemoveSchema, { id: 'abc', version: {} }],
  ['create user', createUserSchema, { username: 5, displayName: {}, role: 'KING', unitId: 'x', password: 12345678 }],
  ['update user', updateUserSchema, { id: [], version: 'v', role: 1, unitId: {} }],
  ['reset password', resetPasswordSchema, { id: 'x', version: null, password: 1 }],
  ['create unit', createUnitSchema, { code: 103603, name: ['a'], parentId: 'x' }],
  ['plan settings', planSettingsSchema, { id: 'x', version: 'y', goal: 1, budgetTotal: {}, dueDay: 'z' }],
  ['indicator', indicatorSchema, { planId: 'x', code: 1, name: 2, kind: 'X', comparator: 3, weight: 'w' }],
  ['target adjustment', adjustTargetSchema, { id: 'x', version: [], target: {}, reason: 1 }],
];

describe('wrong types get field errors in the reader’s language', () => {
  test.each(CASES)('%s: Chinese for zh-CN', (_, schema, input) => {
    const errors = fieldErrorsIn(schema, input, 'zh-CN');
    const messages = Object.values(errors).flat();
    expect(messages.length).toBeGreaterThan(0);
    for (const text of messages) {
      expect(text).toMatch(CJK);
      expect(text).not.toMatch(ZOD_ENGLISH);
    }
  });

  test.each(CASES)('%s: English for en, never zod’s own wording', (_, schema, input) => {
    const messages = Object.values(fieldErrorsIn(schema, input, 'en')).flat();
    expect(messages.length).toBeGreaterThan(0);
    for (const text of messages) {
      expect(text).not.toMatch(/expected .* received|invalid input|unrecognized key/i);
      expect(text).not.toMatch(CJK);
    }
  });
});
