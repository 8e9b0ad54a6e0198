// The permission table of every server action and route handler: what each needs, and a call that reaches its
// permission check without changing anything when allowed (a stale version, a missing id, an empty form). The matrix
// spec enumerates the actions and routes from the build and fails on any that has no entry here.
import type { Permission } from '../../lib/auth/permissions';

export type Need = Permission | 'signedIn' | 'public' | 'apiToken';
export type Unit = { code: string };
/** own: the caller's unit (the manager's 103603); other: a unit that is not theirs (350100) */
export type Scope = 'own' | 'other';

/** silent: a plain form action that answers nothing (its refusal is seen only as nothing stored). */
type ActionEntry = { need: Need; unitScoped: boolean; args: (unit: Unit) => unknown[]; silent?: boolean };
type Upload = { name: string; mimeType: string; buffer: Buffer };
type RouteEntry = {
  need: Need;
  unitScoped: boolean;
  url: (unit: Unit) => string;
  json?: () => Record<string, unknown>;
  multipart?: () => Record<string, Upload>;
};

const MONTH = (unit: Unit) => ({ unitCode: unit.code, year: 2026, month: 10, version: 2_000_000_000 });
const EMPTY_FORM = () => [null, {}];

export const ACTIONS: Record<string, ActionEntry> = {
  'lib/actions/entry.ts#saveMonthAction': {
    need: 'actuals.edit',
    unitScoped: true,
    args: (u) => [{ ...MONTH(u), intent: 'DRAFT', rows: [], budget: null }],
  },
  'lib/actions/entry.ts#reviewMonthAction': {
    need: 'months.review',
    unitScoped: true,
    args: (u) => [{ ...MONTH(u), decision: 'RETURN', reason: '矩阵测试' }],
  },
  'lib/actions/entry.ts#reopenMonthAction': {
    need: 'months.reopen',
    unitScoped: true,
    args: (u) => [{ ...MONTH(u), decision: 'REOPEN', reason: '矩阵测试' }],
  },
  'lib/actions/evidence.ts#uploadEvidenceAction': { need: 'actuals.edit', unitScoped: false, args: () => [{}] },
  'lib/actions/evidence.ts#removeEvidenceAction': {
    need: 'actuals.edit',
    unitScoped: false,
    args: () => [{ id: 2_147_483_647, version: 0 }],
  },
  'lib/actions/qualitative-score.ts#saveQualitativeScore': {
    need: 'scores.qualitative',
    unitScoped: false,
    args: () => [{ indicatorId: 2_147_483_647, version: 1, score: '' }],
  },
  'lib/actions/locale.ts#setLocale': { need: 'public', unitScoped: false, args: () => ['zh-CN'] },
  'lib/actions/admin-plans.ts#copyPlanAction': { need: 'plans.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-plans.ts#updatePlanSettingsAction': { need: 'plans.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-plans.ts#saveIndicatorAction': { need: 'plans.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-plans.ts#deleteIndicatorAction': { need: 'plans.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-plans.ts#publishPlanAction': { need: 'plans.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/budget-plan.ts#saveBudgetPlanAction': { need: 'plans.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-plans.ts#adjustTargetAction': { need: 'plans.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-units.ts#createUnitAction': { need: 'units.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-units.ts#renameUnitAction': { need: 'units.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-users.ts#createUserAction': { need: 'users.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-users.ts#updateUserAction': { need: 'users.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-users.ts#setUserActiveAction': { need: 'users.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-users.ts#resetPasswordAction': { need: 'users.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/admin-users.ts#unlockUserAction': { need: 'users.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/api-tokens.ts#createApiTokenAction': { need: 'users.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/api-tokens.ts#revokeApiTokenAction': { need: 'users.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/plan-seed.ts#loadOfficialPlanAction': {
    need: 'plans.manage',
    unitScoped: false,
    // the demo database already holds a different 2026 plan for 103603: an allowed call is refused as a conflict
    args: EMPTY_FORM,
  },
  'lib/actions/webhooks.ts#saveUnitWebhooksAction': { need: 'units.manage', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/account.ts#changePasswordAction': { need: 'signedIn', unitScoped: false, args: EMPTY_FORM },
  'lib/actions/notifications.ts#saveNotificationSettingsAction': {
    need: 'dashboard.view',
    unitScoped: false,
    args: () => [null, { email: 'not an address' }],
  },
  'lib/actions/notifications.ts#markReadAction': {
    need: 'dashboard.view',
    unitScoped: false,
    args: () => [{ id: 2_147_483_647 }],
    silent: true,
  },
};

export const ROUTES: Record<string, RouteEntry> = {
  'GET /api/health': { need: 'public', unitScoped: false, url: () => '/api/health' },
  'GET /api/auth/[...nextauth]': { need: 'public', unitScoped: false, url: () => '/api/auth/providers' },
  'POST /api/auth/[...nextauth]': { need: 'public', unitScoped: false, url: () => '/api/auth/_log', json: () => ({}) },
  'GET /api/evidence/[id]': { need: 'actuals.view', unitScoped: false, url: () => '/api/evidence/2147483647' },
  'POST /api/import': {
    need: 'actuals.import',
    unitScoped: false,
    url: () => '/api/import',
    multipart: () => ({ file: { name: 'matrix.csv', mimeType: 'text/csv', buffer: Buffer.from('x,y\r\n1,2\r\n') } }),
  },
  'GET /api/import/template': {
    need: 'actuals.import',
    unitScoped: true,
    url: (u) => `/api/import/template?unit=${u.code}&year=2026&format=csv`,
  },
  'GET /api/reports/[kind]': {
    need: 'reports.export',
    unitScoped: true,
    url: (u) => `/api/reports/monitoring?unit=${u.code}&year=2026&format=csv`,
  },
  'GET /api/reports/self-evaluation-report': {
    need: 'reports.export',
    unitScoped: false,
    url: (u) => `/api/reports/self-evaluation-report?unit=${u.code}&year=2026&month=13&format=docx`,
  },
  'GET /api/audit/export': {
    need: 'audit.view',
    unitScoped: false,
    url: () => '/api/audit/export?format=csv&from=2999-01-01',
  },
  'GET /api/v1/units': { need: 'apiToken', unitScoped: false, url: () => '/api/v1/units' },
  'GET /api/v1/plans/[year]': { need: 'apiToken', unitScoped: false, url: () => '/api/v1/plans/2026' },
  'GET /api/v1/units/[code]/years/[year]/performance': {
    need: 'apiToken',
    unitScoped: false,
    url: () => '/api/v1/units/103603/years/2026/performance',
  },
  'PUT /api/v1/units/[code]/years/[year]/months/[month]/actuals': {
    need: 'apiToken',
    unitScoped: false,
    url: () => '/api/v1/units/103603/years/2026/months/10/actuals',
    json: () => ({}),
  },
  'GET /api/v1/openapi.json': { need: 'public', unitScoped: false, url: () => '/api/v1/openapi.json' },
};
