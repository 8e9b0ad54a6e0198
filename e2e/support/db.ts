// Specs that need their own data write it straight into the test database the server uses.
import { createPrismaClient } from '../../lib/db-client';

export function testPrisma() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is set by scripts/e2e.ts');
  return createPrismaClient(url);
}
