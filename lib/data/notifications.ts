import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { clock } from '@/lib/clock';
import { prisma } from '@/lib/db';
import { recordAudit } from '@/lib/data/audit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { type Locale, toLocale } from '@/lib/i18n/config';
import { KINDS, type NotificationKind, USER_CHANNELS, type UserChannel } from '@/lib/notifications/rules';
import { type NotificationParams, openLabel, renderNotification } from '@/lib/notifications/texts';

export type Message = {
  kind: NotificationKind;
  /** the same for every recipient and channel of one message: what makes it arrive once */
  dedupeKey: string;
  unitId: number;
  recipients: number[];
  params: NotificationParams;
  /** path inside the app, e.g. /indicators/12?asOf=10 */
  link: string;
  /** also to the unit's group robots */
  toRobots: boolean;
};

export const appUrl = () =>
  (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, '');
export const isEmailConfigured = () => !!process.env.SMTP_HOST;

/** who is told: the unit's managers (people, not API tokens' service users) and/or the leaders */
export async function recipientsOf(who: { managersOf?: number; leaders?: boolean }): Promise<number[]> {
  const users = await prisma.user.findMany({
    where: {
      isActive: true,
      apiToken: null,
      OR: [
        ...(who.managersOf !== undefined ? [{ role: 'MANAGER' as const, unitId: who.managersOf }] : []),
        ...(who.leaders ? [{ role: 'LEADER' as const }] : []),
      ],
    },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return users.map((u) => u.id);
}

/**
 * Stores each message once per recipient and channel: in-app notifications, and e-mail and robot deliveries that
 * the sender picks up. Raising the same message again (another instance, a re-run job) adds nothing.
 */
export async function notify(messages: Message[]): Promise<void> {
  if (messages.length === 0) return;
  const userIds = [...new Set(messages.flatMap((m) => m.recipients))];
  const [settings, preferences, webhooks] = await Promise.all([
    prisma.notificationSetting.findMany({ where: { userId: { in: userIds } } }),
    prisma.notificationPreference.findMany({ where: { userId: { in: userIds }, isEnabled: false } }),
    prisma.unitWebhook.findMany({ where: { unitId: { in: [...new Set(messages.map((m) => m.unitId))] } } }),
  ]);
  const isOff = (userId: number, kind: string, channel: UserChannel) =>
    preferences.some((p) => p.userId === userId && p.kind === kind && p.channel === channel);
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const deliveries: Prisma.NotificationDeliveryCreateManyInput[] = [];
  for (const m of messages) {
    const link = `${appUrl()}${m.link}`;
    for (const userId of m.recipients) {
      if (!isOff(userId, m.kind, 'IN_APP'))
        notifications.push({ userId, kind: m.kind, dedupeKey: m.dedupeKey, params: m.params, link: m.link });
      const setting = settings.find((s) => s.userId === userId);
      if (setting?.email && isEmailConfigured() && !isOff(userId, m.kind, 'EMAIL')) {
        const text = renderNotification(m.params, toLocale(setting.locale));
        deliveries.push({
          dedupeKey: m.dedupeKey,
          channel: 'EMAIL',
          recipient: setting.email,
          payload: { subject: text.title, text: `${text.body}\n\n${link}` },
        });
      }
    }
    if (!m.toRobots) continue;
    for (const hook of webhooks.filter((w) => w.unitId === m.unitId)) {
      const locale = toLocale(hook.locale);
      const text = renderNotification(m.params, locale);
      deliveries.push({
        dedupeKey: m.dedupeKey,
        channel: hook.provider,
        recipient: hook.url,
        payload: { webhookId: hook.id, title: text.title, body: text.body, link, linkLabel: openLabel(locale) },
      });
    }
  }
  await prisma.$transaction([
    prisma.notification.createMany({ data: notifications, skipDuplicates: true }),
    prisma.notificationDelivery.createMany({ data: deliveries, skipDuplicates: true }),
  ]);
}

export type NotificationItem = {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  isRead: boolean;
};

export async function listNotifications(user: SessionUser, locale: Locale, take = 100): Promise<NotificationItem[]> {
  const rows = await prisma.notification.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take,
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    ...renderNotification(r.params as NotificationParams, locale),
    link: r.link,
    createdAt: r.createdAt.toISOString(),
    isRead: r.readAt !== null,
  }));
}

export async function countUnread(user: SessionUser): Promise<number> {
  return prisma.notification.count({ where: { userId: user.id, readAt: null } });
}

/** Marks one of the user's notifications (or all of them) as read; another user's are never touched. */
export async function markNotificationsRead(user: SessionUser, id: number | 'ALL', now = clock.now()) {
  await prisma.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(id === 'ALL' ? {} : { id }) },
    data: { readAt: now },
  });
}

export type NotificationSettings = {
  email: string;
  locale: Locale;
  channels: Record<NotificationKind, Record<UserChannel, boolean>>;
};

export async function getNotificationSettings(user: SessionUser): Promise<NotificationSettings> {
  const [setting, off] = await Promise.all([
    prisma.notificationSetting.findUnique({ where: { userId: user.id } }),
    prisma.notificationPreference.findMany({ where: { userId: user.id, isEnabled: false } }),
  ]);
  const channels = Object.fromEntries(
    KINDS.map((k) => [
      k,
      Object.fromEntries(USER_CHANNELS.map((c) => [c, !off.some((p) => p.kind === k && p.channel === c)])),
    ]),
  ) as NotificationSettings['channels'];
  return { email: setting?.email ?? '', locale: toLocale(setting?.locale), channels };
}

export async function saveNotificationSettings(user: SessionUser, input: NotificationSettings) {
  await prisma.$transaction(async (tx) => {
    const data = { email: input.email || null, locale: input.locale };
    await tx.notificationSetting.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...data },
      update: data,
    });
    for (const kind of KINDS)
      for (const channel of USER_CHANNELS) {
        const isEnabled = input.channels[kind][channel];
        await tx.notificationPreference.upsert({
          where: { userId_kind_channel: { userId: user.id, kind, channel } },
          create: { userId: user.id, kind, channel, isEnabled },
          update: { isEnabled },
        });
      }
    await recordAudit(tx, {
      userId: user.id,
      action: 'NOTIFICATION_SETTINGS',
      entity: 'User',
      entityId: user.id,
      after: { email: data.email, locale: data.locale, channels: input.channels },
    });
  });
}
