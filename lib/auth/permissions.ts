// Roles are data: what each role may do, checked by the pure can(); the server enforces, the interface hides.
export const ROLES = ['ADMIN', 'MANAGER', 'LEADER', 'EVALUATOR'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'dashboard.view',
  'actuals.view',
  'actuals.edit',
  'actuals.import',
  'months.submit',
  'months.review',
  'months.reopen',
  'reports.export',
  'scores.qualitative',
  'plans.manage',
  'users.manage',
  'units.manage',
  'audit.view',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  MANAGER: ['dashboard.view', 'actuals.view', 'actuals.edit', 'actuals.import', 'months.submit'],
  LEADER: ['dashboard.view', 'actuals.view', 'months.review'],
  EVALUATOR: ['dashboard.view', 'actuals.view', 'reports.export', 'scores.qualitative', 'audit.view'],
};

export type SessionUser = { id: number; username: string; name: string; role: Role; unitId: number | null };

export function can(user: Pick<SessionUser, 'role'> | null | undefined, permission: Permission): boolean {
  return !!user && ROLE_PERMISSIONS[user.role].includes(permission);
}

/** A manager sees only their own unit; the other roles see every unit. */
export function canSeeUnit(user: Pick<SessionUser, 'role' | 'unitId'>, unitId: number): boolean {
  return user.role !== 'MANAGER' || user.unitId === unitId;
}

/** The `where` fragment that limits a unit query to what the user may see. */
export function visibleUnitFilter(user: Pick<SessionUser, 'role' | 'unitId'>): { id?: number } {
  return user.role === 'MANAGER' ? { id: user.unitId ?? -1 } : {};
}

/** The same limit for SQL: the one unit a manager may see (-1, none, without a unit), NULL for every other role. */
export function visibleUnitId(user: Pick<SessionUser, 'role' | 'unitId'>): number | null {
  return visibleUnitFilter(user).id ?? null;
}
