export { type EvaluateIndicatorInput, type IndicatorFigures, evaluateIndicator } from './evaluate-indicator';
export { type EvaluatePlanInput, type PlanFigures, type PlanIndicatorInput, evaluatePlan } from './evaluate-plan';
