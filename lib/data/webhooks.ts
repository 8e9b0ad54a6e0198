import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { assertCan } from '@/lib/data/admin-common';
import { recordAudit } from '@/lib/data/audit';
import { type Locale, toLocale } from '@/lib/i18n/config';
import { PROVIDERS } from '@/lib/notifications/robots';
import type { UnitWebhooksInput } from '@/lib/validation/webhooks';

export type UnitWebhookRow = {
  id: number;
  code: string;
  name: string;
  WECOM: string;
  DINGTALK: string;
  hasSecret: boolean;
  locale: Locale;
};

export async function listUnitWebhooks(admin: SessionUser): Promise<UnitWebhookRow[]> {
  assertCan(admin, 'units.manage');
  const units = await prisma.unit.findMany({
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, code: true, name: true, webhooks: true },
  });
  return units.map((u) => {
    const url = (p: string) => u.webhooks.find((w) => w.provider === p)?.url ?? '';
    const ding = u.webhooks.find((w) => w.provider === 'DINGTALK');
    return {
      id: u.id,
      code: u.code,
      name: u.name,
      WECOM: url('WECOM'),
      DINGTALK: url('DINGTALK'),
      hasSecret: !!ding?.secret,
      locale: toLocale(u.webhooks[0]?.locale),
    };
  });
}

/** Sets a unit's robots (an empty address removes one); an empty secret keeps the stored one. Audited, secret aside. */
export async function saveUnitWebhooks(admin: SessionUser, input: UnitWebhooksInput) {
  assertCan(admin, 'units.manage');
  await prisma.$transaction(async (tx) => {
    const before = await tx.unitWebhook.findMany({ where: { unitId: input.unitId } });
    for (const provider of PROVIDERS) {
      const url = input[provider];
      if (!url) {
        await tx.unitWebhook.deleteMany({ where: { unitId: input.unitId, provider } });
        continue;
      }
      const secret = provider === 'DINGTALK' && input.secret ? { secret: input.secret } : {};
      await tx.unitWebhook.upsert({
        where: { unitId_provider: { unitId: input.unitId, provider } },
        create: { unitId: input.unitId, provider, url, locale: input.locale, ...secret },
        update: { url, locale: input.locale, ...secret },
      });
    }
    const show = (hooks: { provider: string; url: string; locale: string }[]) => ({
      ...Object.fromEntries(hooks.map((h) => [h.provider, h.url])),
      locale: hooks[0]?.locale ?? null,
    });
    await recordAudit(tx, {
      userId: admin.id,
      unitId: input.unitId,
      action: 'UNIT_WEBHOOKS',
      entity: 'Unit',
      entityId: input.unitId,
      before: show(before),
      after: {
        WECOM: input.WECOM || null,
        DINGTALK: input.DINGTALK || null,
        locale: input.WECOM || input.DINGTALK ? input.locale : null,
        secretChanged: !!input.secret,
      },
    });
  });
}
