export const DEMO_PASSWORD = 'Demo@2026';
export const ROLE_ACCOUNTS = { ADMIN: 'admin', MANAGER: 'manager', LEADER: 'leader', EVALUATOR: 'evaluator' } as const;
export type RoleName = keyof typeof ROLE_ACCOUNTS;
export const storageStatePath = (role: RoleName) => `e2e/.auth/${role.toLowerCase()}.json`;
