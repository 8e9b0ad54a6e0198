import { createPrismaClient, type PrismaClient } from '@/lib/db-client';
import { databaseUrl } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// Created on first use (not at import, so `next build` needs no database) and cached on globalThis,
// so dev-server reloads do not open new pools.
function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.prisma;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
