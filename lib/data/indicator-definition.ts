// An indicator's definition (what it is and how it reads) as the pages show it, picked from its database row: the
// one mapping behind the admin plan page and the performance reads.
import type { IndicatorDefinition } from '../domain/types';

/** The columns of an indicator's definition, for a Prisma `select`. */
export const INDICATOR_DEFINITION_SELECT = {
  code: true,
  level1: true,
  level2: true,
  name: true,
  kind: true,
  comparator: true,
  targetText: true,
  displayUnit: true,
  displayDivisor: true,
  numeratorLabel: true,
  denominatorLabel: true,
  isMonitoring: true,
  isBudgetDerived: true,
} as const satisfies Record<keyof IndicatorDefinition, true>;

const DEFINITION_KEYS = Object.keys(INDICATOR_DEFINITION_SELECT) as (keyof IndicatorDefinition)[];

/** The definition's fields of a row that holds more (its target, weight and figures are the caller's to convert). */
export const indicatorDefinitionOf = (row: IndicatorDefinition): IndicatorDefinition =>
  Object.fromEntries(DEFINITION_KEYS.map((key) => [key, row[key]])) as IndicatorDefinition;
