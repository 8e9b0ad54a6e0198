import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { SessionUser } from '../../lib/auth/permissions';
import { setClock } from '../../lib/clock';
import { createApiToken } from '../../lib/data/api-tokens';
import { getEntryMonth } from '../../lib/data/entry';
import { saveMonth } from '../../lib/data/entry-save';
import {
  countUnread,
  listNotifications,
  markNotificationsRead,
  saveNotificationSettings,
} from '../../lib/data/notifications';
import { getPlanPerformance } from '../../lib/data/performance';
import { startScheduler } from '../../lib/jobs/scheduler';
import { runReminders } from '../../lib/notifications/reminders';
import { listUnitWebhooks, saveUnitWebhooks } from '../../lib/data/webhooks';
import { SENDING_TIMEOUT_MS, sendPendingDeliveries } from '../../lib/notifications/send';
import { importWithWarnings, reviewWithWarnings, withWarnings } from '../../lib/notifications/warnings';
import { unitWebhooksSchema } from '../../lib/validation/webhooks';
import { api } from './api-support';
import { DEVIATION, payloadFor, sessionUser } from './entry-support';
import { createTestDatabase, type TestDatabase, useAsAppDatabase } from './helpers';
import { startRobotReceiver, startSmtpServer } from './notification-support';
import { TEST_NOW } from '../support/test-now';

let db: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
let manager: SessionUser, leader: SessionUser, admin: SessionUser;
const OCT = { unitCode: '103603', year: 2026, month: 10 };
const SECRET = 'SECtest-signing-secret';
const channels = { IN_APP: true, EMAIL: true };
const everything = { DUE: channels, REVIEW: channels, WARNING: channels };

const notificationsOf = (user: SessionUser, kind?: string) =>
  db.prisma.notification.findMany({ where: { userId: user.id, ...(kind ? { kind } : {}) }, orderBy: { id: 'asc' } });
const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));
/** November 2026's messages only (October of 103603 is an open draft, so it is overdue as well) */
const isNovember = (subject: string) => subject.includes('2026年11月') || subject.includes(' 2026-11 ');
const novemberMailsTo = (address: string) => mailsTo(address).filter((m) => isNovember(m.subject));
const novemberRobotCalls = (path: string) =>
  robots.calls.filter((c) => c.path === path && JSON.stringify(c.body).includes('2026年11月'));

/** the jobs read the app's one clock: each run below first sets it to the instant it runs at */
const runRemindersAt = (at: Date) => {
  setClock(at);
  return runReminders();
};
const sendAt = (at: Date) => {
  setClock(at);
  return sendPendingDeliveries();
};

const octoberI02 = async () =>
  (await getPlanPerformance(admin, { ...OCT, asOf: 10 }))!.indicators.find((i) => i.code === 'I02')!;

/** 话务接通率 of the centre's October back to good figures, and nobody told anything yet */
async function goodOctoberNothingSent() {
  const good = await payloadFor(manager, OCT, 'DRAFT', { I02: { numerator: '900000', denominator: '1000000' } });
  await saveMonth(manager, good);
  await db.prisma.notification.deleteMany();
  await db.prisma.notificationDelivery.deleteMany();
  expect((await octoberI02()).figures.status).not.toBe('RED');
}

/** 话务接通率 is red now, and the manager and the leader each have exactly one warning with its link */
async function expectOneRedWarningEach() {
  const after = await octoberI02();
  expect(after.figures.status).toBe('RED');
  for (const user of [manager, leader]) {
    const warnings = await notificationsOf(user, 'WARNING');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].link).toBe(`/indicators/${after.id}?asOf=10`);
  }
  return after;
}

beforeAll(async () => {
  db = await createTestDatabase({ withDemoData: true });
  useAsAppDatabase(db);
  [smtp, robots] = await Promise.all([startSmtpServer(), startRobotReceiver(SECRET)]);
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false' });
  process.env.NEXTAUTH_URL = 'https://tracker.example';
  [manager, leader, admin] = await Promise.all(['manager', 'leader', 'admin'].map((u) => sessionUser(db, u)));
  await saveNotificationSettings(manager, { email: 'manager@hotline.example', locale: 'zh-CN', channels: everything });
  await saveNotificationSettings(leader, { email: 'leader@hotline.example', locale: 'en', channels: everything });
  const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: '103603' } });
  await db.prisma.unitWebhook.createMany({
    data: [
      { unitId: unit.id, provider: 'WECOM', url: `http://127.0.0.1:${robots.port}/wecom?key=k1` },
      {
        unitId: unit.id,
        provider: 'DINGTALK',
        url: `http://127.0.0.1:${robots.port}/dingtalk?access_token=t1`,
        secret: SECRET,
      },
    ],
  });
  const plan = await db.prisma.plan.findFirstOrThrow({ where: { year: 2026, unitId: unit.id } });
  await db.prisma.monthReport.update({
    where: { planId_month: { planId: plan.id, month: 10 } },
    data: { state: 'DRAFT', submittedAt: null, submittedById: null },
  });
});
afterAll(async () => {
  delete process.env.SMTP_HOST;
  await Promise.all([smtp?.close(), robots?.close()]);
  await db.drop();
});
afterEach(() => setClock(TEST_NOW));
beforeEach(async () => {
  await db.prisma.notification.deleteMany();
  await db.prisma.notificationDelivery.deleteMany();
  smtp.mails.length = 0;
  robots.calls.length = 0;
});

describe('early warning', () => {
  test('a save that turns an indicator red: one in-app, one e-mail and one robot message each, with a link', async () => {
    const before = (await getPlanPerformance(admin, { ...OCT, asOf: 10 }))!.indicators.find((i) => i.code === 'I02')!;
    expect(before.figures.status).not.toBe('RED');
    const input = await payloadFor(manager, OCT, 'DRAFT', { I02: { numerator: '0', denominator: '9000000' } });
    // the same composition as the entry form's action
    await withWarnings([OCT], () => saveMonth(manager, input));
    const after = await expectOneRedWarningEach();
    const [zh] = await listNotifications(manager, 'zh-CN');
    expect(zh.title).toBe(
      `预警：福建省12345政务服务便民热线中心 话务接通率 累计状态由“${before.figures.status === 'YELLOW' ? '预警' : '达标'}”变为“未达标”`,
    );
    expect(zh.body).toContain('目标 ≥90%');

    expect(await sendPendingDeliveries()).toEqual({ sent: 4, failed: 0 });
    expect(await sendPendingDeliveries()).toEqual({ sent: 0, failed: 0 });
    const [toManager] = mailsTo('manager@hotline.example');
    expect(mailsTo('manager@hotline.example')).toHaveLength(1);
    expect(toManager.subject).toContain('话务接通率');
    expect(toManager.text).toContain(`https://tracker.example/indicators/${after.id}?asOf=10`);
    const toLeader = mailsTo('leader@hotline.example');
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0].subject).toMatch(/^Warning: .* went from “.*” to “Off target”|^Warning: /);
    expect(smtp.mails).toHaveLength(2);

    expect(robots.calls.map((c) => c.path).sort()).toEqual(['/dingtalk', '/wecom']);
    const wecom = robots.calls.find((c) => c.path === '/wecom')!;
    expect(wecom.query.get('key')).toBe('k1');
    expect(wecom.body).toMatchObject({ msgtype: 'markdown' });
    expect((wecom.body.markdown as { content: string }).content).toContain('话务接通率');
    const ding = robots.calls.find((c) => c.path === '/dingtalk')!;
    expect(ding.isSignatureValid).toBe(true);
    expect(ding.query.get('access_token')).toBe('t1');
    expect((ding.body.markdown as { text: string }).text).toContain(`/indicators/${after.id}?asOf=10`);

    // the same figures again: no change, no new message
    const again = await payloadFor(manager, OCT, 'DRAFT');
    await withWarnings([OCT], () => saveMonth(manager, again));
    expect(await notificationsOf(manager, 'WARNING')).toHaveLength(1);
  });

  test('an API write that turns an indicator red warns the same way', async () => {
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: '103603' } });
    const { token } = await createApiToken(admin, { name: '话务平台', unitId: unit.id });
    const restore = await api.put('103603', '2026', '10', {
      token,
      ifMatch: String((await getEntryMonth(admin, OCT)).version),
      body: { indicators: { I02: { numerator: 900000, denominator: 1000000 } } },
    });
    expect(restore.status).toBe(200);
    await db.prisma.notification.deleteMany();
    const red = await api.put('103603', '2026', '10', {
      token,
      ifMatch: String(restore.body.version),
      body: { indicators: { I02: { numerator: 0, denominator: 9000000 } } },
    });
    expect(red.status).toBe(200);
    expect(await notificationsOf(manager, 'WARNING')).toHaveLength(1);
    expect(await notificationsOf(leader, 'WARNING')).toHaveLength(1);
    // the token's service user is not a person to tell
    const serviceUser = await db.prisma.apiToken.findFirstOrThrow({ where: { name: '话务平台' } });
    expect(await db.prisma.notification.count({ where: { userId: serviceUser.userId } })).toBe(0);
  });

  test('a recipient who turned e-mail off for warnings gets them in the app only', async () => {
    await saveNotificationSettings(leader, {
      email: 'leader@hotline.example',
      locale: 'en',
      channels: { ...everything, WARNING: { IN_APP: true, EMAIL: false } },
    });
    try {
      const good = await payloadFor(manager, OCT, 'DRAFT', { I02: { numerator: '900000', denominator: '1000000' } });
      await saveMonth(manager, good);
      const bad = await payloadFor(manager, OCT, 'DRAFT', { I02: { numerator: '0', denominator: '9000000' } });
      await withWarnings([OCT], () => saveMonth(manager, bad));
      await sendPendingDeliveries();
      expect(await notificationsOf(leader, 'WARNING')).toHaveLength(1);
      expect(mailsTo('leader@hotline.example')).toHaveLength(0);
      expect(mailsTo('manager@hotline.example')).toHaveLength(1);
    } finally {
      await saveNotificationSettings(leader, { email: 'leader@hotline.example', locale: 'en', channels: everything });
    }
  });
});

describe('an import that worsens an indicator', () => {
  test('warns like a save: one in-app notification, e-mail and robot message per recipient and channel', async () => {
    await goodOctoberNothingSent();
    const csv = [
      '单位编码,年度,月份,指标编码,指标名称,数值,分子,分母,评级,备注',
      '103603,2026,10,I02,话务接通率,,0,"9,000,000",,',
    ].join('\r\n');
    const file = { fileName: '话务平台导出.csv', bytes: Buffer.from(`${csv}\r\n`, 'utf8') };
    const at = new Date('2026-11-26T04:00:00Z');
    const summary = await importWithWarnings(manager, file, { now: at });
    expect(summary.changed).toBe(1);
    await expectOneRedWarningEach();
    for (const user of [manager, leader])
      expect((await notificationsOf(user, 'WARNING'))[0].params).toMatchObject({
        text: 'warningStatus',
        indicator: '话务接通率',
        to: 'RED',
        month: 10,
      });
    expect(await db.prisma.notification.count()).toBe(2);
    expect(await sendAt(at)).toEqual({ sent: 4, failed: 0 });
    expect(mailsTo('manager@hotline.example')).toHaveLength(1);
    expect(mailsTo('leader@hotline.example')).toHaveLength(1);
    expect(robots.calls.map((c) => c.path).sort()).toEqual(['/dingtalk', '/wecom']);

    // the same file again changes nothing, so it tells nobody again
    await importWithWarnings(manager, file, { now: new Date(at.getTime() + 60_000) });
    expect(await db.prisma.notification.count()).toBe(2);
    expect(await sendAt(at)).toEqual({ sent: 0, failed: 0 });
  });
});

describe('an approval that worsens the approved figures', () => {
  test('warns once per recipient; a return tells nobody', async () => {
    await goodOctoberNothingSent();
    const red = await payloadFor(manager, OCT, 'SUBMIT', {
      I02: { numerator: '0', denominator: '9000000', deviation: DEVIATION },
    });
    await saveMonth(manager, red);
    // saving tells about the draft's figures; the approval below is about the approved ones
    await db.prisma.notification.deleteMany();
    const version = async () => (await getEntryMonth(admin, OCT)).version;
    await reviewWithWarnings(leader, { ...OCT, version: await version(), decision: 'RETURN', reason: '请核对接通量' });
    expect(await db.prisma.notification.count()).toBe(0);

    await saveMonth(manager, await payloadFor(manager, OCT, 'SUBMIT'));
    await db.prisma.notification.deleteMany();
    const approvedBefore = await getPlanPerformance(admin, { ...OCT, asOf: 10, approvedOnly: true });
    expect(approvedBefore!.indicators.find((i) => i.code === 'I02')!.figures.status).not.toBe('RED');
    await reviewWithWarnings(leader, { ...OCT, version: await version(), decision: 'APPROVE', reason: '' });
    expect((await getEntryMonth(admin, OCT)).report?.state).toBe('APPROVED');
    await expectOneRedWarningEach();
    expect(await db.prisma.notification.count()).toBe(2);
    await db.prisma.monthReport.updateMany({
      where: { month: 10, plan: { year: 2026, unit: { code: '103603' } } },
      data: { state: 'DRAFT', submittedAt: null, submittedById: null, reviewedAt: null, reviewedById: null },
    });
  });
});

describe('languages', () => {
  test('robots are written in their group’s language (zh-CN unless set), e-mails in each recipient’s', async () => {
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: '103603' } });
    const hooks = {
      unitId: String(unit.id),
      WECOM: `http://127.0.0.1:${robots.port}/wecom?key=k1`,
      DINGTALK: `http://127.0.0.1:${robots.port}/dingtalk?access_token=t1`,
      secret: '',
    };
    await goodOctoberNothingSent();
    await saveUnitWebhooks(admin, unitWebhooksSchema.parse({ ...hooks, locale: 'en' }));
    try {
      expect((await listUnitWebhooks(admin)).find((u) => u.id === unit.id)).toMatchObject({
        locale: 'en',
        hasSecret: true,
      });
      const bad = await payloadFor(manager, OCT, 'DRAFT', { I02: { numerator: '0', denominator: '9000000' } });
      await withWarnings([OCT], () => saveMonth(manager, bad));
      expect(await sendPendingDeliveries()).toEqual({ sent: 4, failed: 0 });

      const wecom = (robots.calls.find((c) => c.path === '/wecom')!.body.markdown as { content: string }).content;
      expect(wecom).toMatch(/^\*\*Warning: Fujian 12345|^\*\*Warning: /);
      expect(wecom).toContain('[Open](https://tracker.example/indicators/');
      expect(wecom).not.toMatch(/[预警查看]/);
      const ding = robots.calls.find((c) => c.path === '/dingtalk')!;
      expect(ding.isSignatureValid).toBe(true);
      expect((ding.body.markdown as { title: string }).title).toMatch(/^Warning: /);
      expect((ding.body.markdown as { text: string }).text).toContain('[Open](');

      const [zh] = mailsTo('manager@hotline.example');
      expect(zh.subject).toMatch(/^预警：福建省12345政务服务便民热线中心 话务接通率 累计状态由/);
      expect(zh.text).toContain('目标 ≥90%');
      const [en] = mailsTo('leader@hotline.example');
      expect(en.subject).toMatch(/^Warning: /);
      expect(en.text).not.toMatch(/[累计目标预计]/);
      expect(en.text).toContain(`https://tracker.example/indicators/`);
    } finally {
      await saveUnitWebhooks(admin, unitWebhooksSchema.parse(hooks));
    }
    expect((await listUnitWebhooks(admin)).find((u) => u.id === unit.id)!.locale).toBe('zh-CN');
  });
});

describe('a sender that died mid-send', () => {
  test('its deliveries stay claimed until the timeout, then are sent once', async () => {
    const now = day('2026-12-11');
    await runRemindersAt(now);
    const all = await db.prisma.notificationDelivery.findMany({ orderBy: { id: 'asc' } });
    expect(all.length).toBeGreaterThan(2);
    const [stale, fresh] = all;
    // what a sender that claimed these and then died leaves behind: SENDING, claimed 20 and 5 minutes ago
    const claimed = (id: number, minutesAgo: number) =>
      db.prisma.notificationDelivery.update({
        where: { id },
        data: { status: 'SENDING', attempts: 1, claimedAt: new Date(now.getTime() - minutesAgo * 60_000) },
      });
    await claimed(stale.id, 20);
    await claimed(fresh.id, 5);

    expect(await sendAt(now)).toEqual({ sent: all.length - 1, failed: 0 });
    const status = async (id: number) =>
      (await db.prisma.notificationDelivery.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(stale.id)).toBe('SENT');
    expect(await status(fresh.id)).toBe('SENDING');
    expect(await sendAt(now)).toEqual({ sent: 0, failed: 0 });

    // fifteen minutes after its claim, the other one is given up on and sent too; then nothing is left
    const later = new Date(now.getTime() + (SENDING_TIMEOUT_MS - 5 * 60_000) + 1000);
    expect(await sendAt(later)).toEqual({ sent: 1, failed: 0 });
    expect(await sendAt(later)).toEqual({ sent: 0, failed: 0 });
    expect(await db.prisma.notificationDelivery.count({ where: { status: { not: 'SENT' } } })).toBe(0);
    expect(smtp.mails.length + robots.calls.length).toBe(all.length);
    const sentTo = (d: (typeof all)[number]) =>
      d.channel === 'EMAIL'
        ? smtp.mails.filter(
            (m) => m.to.includes(d.recipient) && m.subject === (d.payload as { subject: string }).subject,
          )
        : robots.calls.filter(
            (c) =>
              c.path === (d.channel === 'WECOM' ? '/wecom' : '/dingtalk') &&
              JSON.stringify(c.body).includes((d.payload as { title: string }).title),
          );
    expect(sentTo(stale)).toHaveLength(1);
    expect(sentTo(fresh)).toHaveLength(1);
  });
});

describe('reminders with a controllable clock', () => {
  // November 2026 is due on 10 December 2026; nothing of it is stored for any unit
  const day = (d: string) => new Date(`${d}T09:00:00+08:00`);
  const dueOf = async (user: SessionUser) =>
    (await notificationsOf(user, 'DUE')).filter((n) => (n.params as { month: number }).month === 11);

  test('3 days before, on the due date, daily while overdue; once per day, channel and recipient', async () => {
    await runRemindersAt(day('2026-12-06'));
    expect(await dueOf(manager)).toHaveLength(0);

    await runRemindersAt(day('2026-12-07'));
    await runRemindersAt(day('2026-12-07'));
    const soon = await dueOf(manager);
    expect(soon.map((n) => (n.params as { text: string }).text)).toEqual(['dueSoon']);
    expect(soon[0].link).toBe('/entry/2026/11?unit=103603');
    expect(await dueOf(leader)).toHaveLength(0);
    await sendAt(day('2026-12-07'));
    expect(novemberMailsTo('manager@hotline.example')).toHaveLength(1);
    expect(novemberMailsTo('manager@hotline.example')[0].subject).toBe(
      '填报提醒：福建省12345政务服务便民热线中心 2026年11月数据将于 2026-12-10 截止',
    );
    expect(novemberRobotCalls('/wecom')).toHaveLength(1);

    await runRemindersAt(day('2026-12-08'));
    await runRemindersAt(day('2026-12-09'));
    expect(await dueOf(manager)).toHaveLength(1);

    await runRemindersAt(day('2026-12-10'));
    expect((await dueOf(manager)).map((n) => (n.params as { text: string }).text)).toEqual(['dueSoon', 'dueToday']);
    expect(await dueOf(leader)).toHaveLength(0);

    await runRemindersAt(day('2026-12-11'));
    await runRemindersAt(new Date('2026-12-11T22:00:00+08:00'));
    await runRemindersAt(day('2026-12-12'));
    expect((await dueOf(manager)).map((n) => (n.params as { text: string }).text)).toEqual([
      'dueSoon',
      'dueToday',
      'overdue',
      'overdue',
    ]);
    const units = await db.prisma.unit.count();
    // overdue goes to the leaders too: one per unit and day
    expect(await dueOf(leader)).toHaveLength(units * 2);

    await sendAt(day('2026-12-12'));
    expect(novemberMailsTo('manager@hotline.example')).toHaveLength(4);
    expect(novemberMailsTo('leader@hotline.example')).toHaveLength(units * 2);
    expect(novemberRobotCalls('/wecom')).toHaveLength(4);
    expect(novemberRobotCalls('/dingtalk')).toHaveLength(4);
  });

  test('审核提醒: a month submitted more than two days ago reminds the leaders daily', async () => {
    const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: '350100' } });
    const plan = await db.prisma.plan.findFirstOrThrow({ where: { year: 2026, unitId: unit.id } });
    await db.prisma.monthReport.upsert({
      where: { planId_month: { planId: plan.id, month: 11 } },
      create: { planId: plan.id, month: 11, state: 'SUBMITTED', submittedAt: new Date('2026-12-03T10:00:00+08:00') },
      update: { state: 'SUBMITTED', submittedAt: new Date('2026-12-03T10:00:00+08:00') },
    });
    const reviewFor = async () =>
      (await notificationsOf(leader, 'REVIEW')).filter(
        (n) =>
          (n.params as { unitCode: string; month: number }).unitCode === '350100' &&
          (n.params as { month: number }).month === 11,
      );
    await runRemindersAt(new Date('2026-12-05T09:00:00+08:00'));
    expect(await reviewFor()).toHaveLength(0);
    await runRemindersAt(new Date('2026-12-05T11:00:00+08:00'));
    await runRemindersAt(new Date('2026-12-05T12:00:00+08:00'));
    expect(await reviewFor()).toHaveLength(1);
    await runRemindersAt(new Date('2026-12-06T11:00:00+08:00'));
    expect(await reviewFor()).toHaveLength(2);
    expect(await db.prisma.notification.count({ where: { kind: 'REVIEW', userId: manager.id } })).toBe(0);
    // submitted: no more 填报提醒 for that month
    const managerOfFuzhou = await sessionUser(db, 'manager-fuzhou');
    await runRemindersAt(new Date('2026-12-11T09:00:00+08:00'));
    expect(
      (await notificationsOf(managerOfFuzhou, 'DUE')).filter((n) => (n.params as { month: number }).month === 11),
    ).toHaveLength(0);
  });

  test('the bell count and mark as read', async () => {
    await runRemindersAt(day('2026-12-11'));
    const unread = await countUnread(manager);
    expect(unread).toBeGreaterThan(0);
    const [first] = await listNotifications(manager, 'en');
    expect(first.title).toMatch(/^Overdue: /);
    await markNotificationsRead(leader, first.id);
    expect(await countUnread(manager)).toBe(unread);
    await markNotificationsRead(manager, first.id);
    expect(await countUnread(manager)).toBe(unread - 1);
    await markNotificationsRead(manager, 'ALL');
    expect(await countUnread(manager)).toBe(0);
  });
});

describe('several instances', () => {
  test('two senders and two reminder runs at once send every message once', async () => {
    const now = day('2026-12-11');
    setClock(now);
    await Promise.all([runReminders(), runReminders()]);
    const expected = await db.prisma.notificationDelivery.count();
    expect(expected).toBeGreaterThan(0);
    const results = await Promise.all([sendPendingDeliveries(), sendPendingDeliveries()]);
    expect(results[0].sent + results[1].sent).toBe(expected);
    expect(smtp.mails.length + robots.calls.length).toBe(expected);
    const keys = smtp.mails.map((m) => `${m.to.join()}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('two pg-boss schedulers on one database: a reminders job runs once and each message is sent once', async () => {
    setClock(day('2026-12-11'));
    const [a, b] = [await startScheduler(db.url), await startScheduler(db.url)];
    try {
      const schedules = await a.getSchedules();
      expect(schedules.map((s) => s.name).sort()).toEqual(['deliveries', 'reminders']);
      await a.send('reminders', {});
      await b.send('reminders', {});
      const deadline = Date.now() + 30_000;
      while (
        Date.now() < deadline &&
        (smtp.mails.length === 0 ||
          (await db.prisma.notificationDelivery.count({ where: { status: { not: 'SENT' } } })) > 0)
      )
        await new Promise((r) => setTimeout(r, 500));
      const sent = await db.prisma.notificationDelivery.count({ where: { status: 'SENT' } });
      expect(sent).toBeGreaterThan(0);
      expect(smtp.mails.length + robots.calls.length).toBe(sent);
    } finally {
      await Promise.all([a.stop({ graceful: false, wait: true }), b.stop({ graceful: false, wait: true })]);
    }
  });
});

function day(d: string) {
  return new Date(`${d}T09:00:00+08:00`);
}
