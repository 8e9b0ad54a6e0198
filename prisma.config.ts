import { defineConfig } from 'prisma/config';

// The CLI here only generates the client; the URL matters for `prisma migrate status/deploy` on a connected machine.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/postgres' },
});
