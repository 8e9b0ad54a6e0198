import 'server-only';
import nodemailer from 'nodemailer';
import { clock } from '@/lib/clock';
import { prisma } from '@/lib/db';
import { type Provider, dingtalkSignedUrl, robotPayload } from './robots';

const MAX_ATTEMPTS = 5;
const BATCH = 50;
/**
 * A delivery still SENDING this long after its claim was left by a sender that died mid-send (a live send gives up
 * far sooner: SMTP and robot calls time out within a minute), so it is claimed again.
 */
export const SENDING_TIMEOUT_MS = 15 * 60_000;

type Claimed = { id: number; channel: string; recipient: string; payload: Record<string, unknown> };

/** SMTP settings from the environment (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, SMTP_FROM). */
function mailTransport() {
  const port = Number(process.env.SMTP_PORT ?? 587);
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port,
    secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD ?? '' } : undefined,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

async function sendEmail(to: string, payload: Record<string, unknown>) {
  await mailTransport().sendMail({
    from: process.env.SMTP_FROM ?? 'no-reply@localhost',
    to,
    subject: String(payload.subject),
    text: String(payload.text),
    textEncoding: 'base64',
  });
}

async function sendRobot(provider: Provider, url: string, payload: Record<string, unknown>, now: Date) {
  const hook = await prisma.unitWebhook.findUnique({ where: { id: Number(payload.webhookId) } });
  const target = provider === 'DINGTALK' && hook?.secret ? dingtalkSignedUrl(url, hook.secret, now.getTime()) : url;
  const message = {
    title: String(payload.title),
    body: String(payload.body),
    link: String(payload.link),
    linkLabel: String(payload.linkLabel),
  };
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(robotPayload(provider, message)),
    signal: AbortSignal.timeout(10_000),
  });
  // both robots answer 200 with {"errcode":0,"errmsg":"ok"}; any other errcode is a refusal
  const answer = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
  if (!response.ok || (answer.errcode ?? 0) !== 0)
    throw new Error(`robot answered ${response.status} ${answer.errcode ?? ''} ${answer.errmsg ?? ''}`.trim());
}

/**
 * Sends what is pending: each delivery is claimed by one sender only (FOR UPDATE SKIP LOCKED), so several instances
 * running this at once send every message once. Failures are retried on later runs, at most five times, and so is
 * a delivery left SENDING by a sender that died (after SENDING_TIMEOUT_MS): if it died after the message went out
 * but before marking it sent, that message arrives twice, the only way it can.
 */
export async function sendPendingDeliveries(now = clock.now()): Promise<{ sent: number; failed: number }> {
  const total = { sent: 0, failed: 0 };
  // in batches, each past the last, so a failure is retried on the next run and not again in this one
  for (let afterId = 0; ;) {
    const claimed = await claimBatch(afterId, now);
    for (const d of claimed) total[(await deliver(d, now)) ? 'sent' : 'failed'] += 1;
    if (claimed.length < BATCH) return total;
    afterId = Math.max(...claimed.map((d) => d.id));
  }
}

function claimBatch(afterId: number, now: Date) {
  const staleBefore = new Date(now.getTime() - SENDING_TIMEOUT_MS);
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "NotificationDelivery" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "claimedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "NotificationDelivery"
      WHERE "id" > ${afterId} AND (
        "status" = 'PENDING'
        OR ("status" IN ('FAILED', 'SENDING') AND "attempts" < ${MAX_ATTEMPTS}
            AND ("status" = 'FAILED' OR COALESCE("claimedAt", "createdAt") < ${staleBefore})))
      ORDER BY "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "channel", "recipient", "payload"`;
}

async function deliver(d: Claimed, now: Date): Promise<boolean> {
  try {
    if (d.channel === 'EMAIL') await sendEmail(d.recipient, d.payload);
    else await sendRobot(d.channel as Provider, d.recipient, d.payload, now);
    await prisma.notificationDelivery.update({ where: { id: d.id }, data: { status: 'SENT', sentAt: now } });
    return true;
  } catch (error) {
    console.error('[notifications] delivery', d.id, d.channel, error);
    await prisma.notificationDelivery.update({
      where: { id: d.id },
      data: { status: 'FAILED', lastError: String(error).slice(0, 1000) },
    });
    return false;
  }
}
