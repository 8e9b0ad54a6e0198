// Every action and entity the application writes to the audit log, in one place: recordAudit and every other writer
// accept only these codes (tsc refuses an unknown one, or an action on an entity it is not recorded on), and the audit
// log labels each of them in both languages (a unit test checks that). Codes are stored text: never rename one. A code
// the application stops recording stays here, since stored events keep it.

/** What an event is about, as stored in AuditEvent.entity. */
export const AUDIT_ENTITIES = [
  'User',
  'Unit',
  'Plan',
  'Indicator',
  'MonthReport',
  'MonthlyActual',
  'BudgetExecution',
  'EvidenceFile',
  'Import',
  'Report',
  'AuditLog',
  'ApiToken',
  'Database',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** What happened, as stored in AuditEvent.action; in the order the audit log's filter lists them. */
export const AUDIT_ACTIONS = [
  'MONTH_SAVE',
  'MONTH_SUBMIT',
  'MONTH_APPROVE',
  'MONTH_RETURN',
  'MONTH_REOPEN',
  'ACTUAL_SAVE',
  'BUDGET_SAVE',
  'EVIDENCE_UPLOAD',
  'EVIDENCE_REMOVE',
  'IMPORT',
  'QUALITATIVE_SCORE',
  'EXPORT',
  'PLAN_CREATE',
  'PLAN_UPDATE',
  'PLAN_PUBLISH',
  'PLAN_LOAD_SEED',
  'BUDGET_PLAN_SAVE',
  'INDICATOR_CREATE',
  'INDICATOR_UPDATE',
  'INDICATOR_DELETE',
  'TARGET_ADJUST',
  'UNIT_CREATE',
  'UNIT_RENAME',
  'UNIT_WEBHOOKS',
  'USER_CREATE',
  'USER_UPDATE',
  'USER_ENABLE',
  'USER_DISABLE',
  'USER_PASSWORD_RESET',
  'USER_UNLOCK',
  'ADMIN_CREATE',
  'LOGIN',
  'LOGIN_FAILED',
  'LOGIN_LOCKED',
  'LOGIN_REFUSED_LOCKED',
  'LOGOUT',
  'PASSWORD_CHANGE',
  'NOTIFICATION_SETTINGS',
  'API_TOKEN_CREATE',
  'API_TOKEN_REVOKE',
  'API_CALL',
  'DEMO_LOAD',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The entities each action is recorded on, and where (the writer, for whoever changes one of them). */
export const AUDIT_ACTION_ENTITIES = {
  MONTH_SAVE: ['MonthReport'], // lib/data/entry-save.ts, import.ts
  MONTH_SUBMIT: ['MonthReport'], // entry-save.ts
  MONTH_APPROVE: ['MonthReport'], // review.ts: `MONTH_${decision}`
  MONTH_RETURN: ['MonthReport'],
  MONTH_REOPEN: ['MonthReport'],
  ACTUAL_SAVE: ['MonthlyActual'], // entry-save.ts, import.ts
  BUDGET_SAVE: ['BudgetExecution'], // entry-save.ts, import.ts
  EVIDENCE_UPLOAD: ['EvidenceFile'], // evidence.ts
  EVIDENCE_REMOVE: ['EvidenceFile'],
  IMPORT: ['Import'], // import.ts
  QUALITATIVE_SCORE: ['Indicator'], // qualitative-score.ts
  EXPORT: ['Report', 'AuditLog'], // reports.ts, audit-log.ts
  PLAN_CREATE: ['Plan'], // admin-plans.ts
  PLAN_UPDATE: ['Plan'],
  PLAN_PUBLISH: ['Plan'],
  PLAN_LOAD_SEED: ['Plan'], // prisma/seed/load-plan.ts
  BUDGET_PLAN_SAVE: ['Plan'], // budget-plan.ts
  INDICATOR_CREATE: ['Indicator'], // admin-plans.ts
  INDICATOR_UPDATE: ['Indicator'],
  INDICATOR_DELETE: ['Indicator'],
  TARGET_ADJUST: ['Indicator'],
  UNIT_CREATE: ['Unit'], // admin-units.ts
  UNIT_RENAME: ['Unit'],
  UNIT_WEBHOOKS: ['Unit'], // webhooks.ts
  USER_CREATE: ['User'], // admin-users.ts
  USER_UPDATE: ['User'],
  USER_ENABLE: ['User'],
  USER_DISABLE: ['User'],
  USER_PASSWORD_RESET: ['User'],
  USER_UNLOCK: ['User'],
  ADMIN_CREATE: ['User'], // scripts/first-admin.ts
  LOGIN: ['User'], // auth-users.ts
  LOGIN_FAILED: ['User'],
  LOGIN_LOCKED: ['User'],
  LOGIN_REFUSED_LOCKED: ['User'],
  LOGOUT: ['User'],
  PASSWORD_CHANGE: ['User'],
  NOTIFICATION_SETTINGS: ['User'], // notifications.ts
  API_TOKEN_CREATE: ['ApiToken'], // api-tokens.ts
  API_TOKEN_REVOKE: ['ApiToken'],
  API_CALL: ['ApiToken'],
  DEMO_LOAD: ['Database'], // prisma/seed/load-demo.ts
} as const satisfies Record<AuditAction, readonly AuditEntity[]>;

type EntitiesOf<A extends AuditAction> = (typeof AUDIT_ACTION_ENTITIES)[A][number];

/** An action with an entity it is recorded on: what a writer may store (MONTH_SUBMIT on a User does not compile). */
export type AuditCode = {
  [A in AuditAction]: { [E in EntitiesOf<A>]: { action: A; entity: E } }[EntitiesOf<A>];
}[AuditAction];

/** The actions recorded on one entity, e.g. AuditActionOn<'User'> for the user administration's changes. */
export type AuditActionOn<E extends AuditEntity> = Extract<AuditCode, { entity: E }>['action'];

export const isAuditAction = (code: string): code is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(code);
export const isAuditEntity = (code: string): code is AuditEntity =>
  (AUDIT_ENTITIES as readonly string[]).includes(code);

/**
 * Every field name the application records in an event's before and after (the writers named above, the seed loaders
 * and scripts/first-admin.ts), labelled in both languages (admin.audit.fields; a unit test checks that). Stored text:
 * a field the application stops recording stays here. The names inside a deviation record (causes … likelihood) and
 * the audit-log export's filter (userId … to) are listed too, as the log shows them the same way.
 */
export const AUDIT_FIELDS = [
  // a month (MonthReport), its figures (MonthlyActual) and spending (BudgetExecution)
  'state',
  'version',
  'returnReason',
  'reopenReason',
  'reason',
  'year',
  'month',
  'unitCode',
  'source',
  'fileName',
  'indicatorId',
  'value',
  'numerator',
  'denominator',
  'rating',
  'note',
  'deviation',
  'causes',
  'analysis',
  'measures',
  'likelihood',
  'spent',
  'planned',
  // an import, an export, the audit log's export
  'format',
  'encoding',
  'rows',
  'changed',
  'unchanged',
  'empty',
  'months',
  'report',
  'asOf',
  'approvedOnly',
  'units',
  'bytes',
  'filter',
  'userId',
  'action',
  'entity',
  'unitId',
  'from',
  'to',
  // evidence files
  'mimeType',
  'size',
  'sha256',
  // plans and the budget plan
  'copiedFromYear',
  'indicators',
  'status',
  'goal',
  'basicExpense',
  'projectExpense',
  'budgetTotal',
  'budgetWeight',
  'gradeExcellent',
  'gradeGood',
  'gradeFair',
  'countGreenPace',
  'countYellowPace',
  'countTooLowPace',
  'ratioTolerancePp',
  'budgetGreen',
  'budgetYellow',
  'dueDay',
  'indicatorWeights',
  'unit',
  'plans',
  // indicators and their targets (INDICATOR_DELETE records the whole row)
  'id',
  'planId',
  'code',
  'level1',
  'level2',
  'name',
  'kind',
  'comparator',
  'target',
  'targetText',
  'displayUnit',
  'displayDivisor',
  'weight',
  'isMonitoring',
  'numeratorLabel',
  'denominatorLabel',
  'isBudgetDerived',
  'shareMode',
  'monthlyPlan',
  'evaluatorScore',
  'sortOrder',
  'createdAt',
  'updatedAt',
  'versionNo',
  // users, sign-in, notifications, webhooks, API tokens
  'username',
  'displayName',
  'role',
  'isActive',
  'lockedUntil',
  'passwordReset',
  'failedLogins',
  'email',
  'locale',
  'channels',
  'WECOM',
  'DINGTALK',
  'secretChanged',
  'tokenPrefix',
  'revokedAt',
  'token',
  'method',
  'path',
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

export const isAuditField = (code: string): code is AuditField => (AUDIT_FIELDS as readonly string[]).includes(code);
