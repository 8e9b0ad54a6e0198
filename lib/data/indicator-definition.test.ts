import { describe, expect, test } from 'vitest';
import type { IndicatorDefinition } from '../domain/types';
import { INDICATOR_DEFINITION_SELECT, indicatorDefinitionOf } from './indicator-definition';

const DEFINITION: IndicatorDefinition = {
  code: 'I02',
  level1: '产出指标',
  level2: '质量指标',
  name: '话务接通率',
  kind: 'RATIO',
  comparator: 'GTE',
  targetText: '≥90%',
  displayUnit: '%',
  displayDivisor: 1,
  numeratorLabel: '接通量',
  denominatorLabel: '呼入量',
  isMonitoring: false,
  isBudgetDerived: false,
};

describe('indicatorDefinitionOf', () => {
  test('keeps every field of the definition and nothing else of the row', () => {
    const row = { ...DEFINITION, id: 7, target: '90', weight: '10', planId: 3, evaluatorScore: null };
    expect(indicatorDefinitionOf(row)).toStrictEqual(DEFINITION);
  });

  test('selects exactly the columns it maps', () => {
    expect(Object.keys(INDICATOR_DEFINITION_SELECT).sort()).toEqual(Object.keys(DEFINITION).sort());
  });
});
