// The first administrator of a production database, created from the command line (npm run admin:create).
import bcrypt from 'bcryptjs';
import { PASSWORD_RULE, passwordProblem, type PasswordProblem } from '../lib/auth/password-policy';
import type { AuditCode } from '../lib/audit-vocabulary';
import type { PrismaClient } from '../lib/generated/prisma/client';

export const PROBLEM_TEXT: Record<PasswordProblem, string> = {
  tooShort: `The password needs at least ${PASSWORD_RULE.min} characters.`,
  tooLong: `The password may have at most ${PASSWORD_RULE.max} characters.`,
  tooFewClasses: `The password needs at least ${PASSWORD_RULE.classes} of: upper case, lower case, digits, symbols.`,
  containsUsername: 'The password must not contain the user name.',
};

export class FirstAdminRefused extends Error {}

/**
 * Creates an active administrator when the database has none. The account must change its password at first
 * sign-in, like every account whose password someone else has seen typed.
 */
export async function createFirstAdmin(
  prisma: PrismaClient,
  input: { username: string; displayName?: string; password: string },
): Promise<{ id: number }> {
  const username = input.username.trim();
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(username))
    throw new FirstAdminRefused('The user name uses letters, digits and . _ - only (at most 64 characters).');
  const problem = passwordProblem(input.password, username);
  if (problem) throw new FirstAdminRefused(PROBLEM_TEXT[problem]);
  const passwordHash = await bcrypt.hash(input.password, 10);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72345003)`;
    if ((await tx.user.count({ where: { role: 'ADMIN', isActive: true } })) > 0)
      throw new FirstAdminRefused(
        'The database already has an active administrator: create further accounts in 系统管理 → 用户.',
      );
    if (await tx.user.findFirst({ where: { username: { equals: username, mode: 'insensitive' } } }))
      throw new FirstAdminRefused(`The user name ${username} is taken.`);
    const user = await tx.user.create({
      data: {
        username,
        displayName: input.displayName?.trim() || username,
        role: 'ADMIN',
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        ...({ action: 'ADMIN_CREATE', entity: 'User' } satisfies AuditCode),
        entityId: String(user.id),
        after: { username, role: 'ADMIN' },
      },
    });
    return user;
  });
}
