import 'server-only';
import PgBoss from 'pg-boss';
import { clock } from '@/lib/clock';
import { pruneApiRateWindows } from '@/lib/data/api-tokens';
import { runReminders } from '@/lib/notifications/reminders';
import { sendPendingDeliveries } from '@/lib/notifications/send';

export const QUEUES = { reminders: 'reminders', deliveries: 'deliveries' } as const;

/**
 * Starts pg-boss on the app's database (schema `pgboss`) with two cron jobs: reminders hourly (each message is sent
 * once a day, so an hour missed by a restart is made up by the next) and the sender every minute. Every instance
 * may start it: the schedules live in PostgreSQL and pg-boss fires each slot once across instances, workers take
 * jobs with SKIP LOCKED, and the messages themselves are unique per recipient and channel in the database.
 */
export async function startScheduler(connectionString: string, now: () => Date = () => clock.now()): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 3, application_name: 'tracker-jobs' });
  boss.on('error', (error) => console.error('[jobs]', error));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    // two instances starting together may both find the queue missing: the loser's error is harmless
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, { name, retryLimit: 2 }).catch(async (error: unknown) => {
        if (!(await boss.getQueue(name))) throw error;
      });
  }
  await boss.schedule(QUEUES.reminders, '5 * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.schedule(QUEUES.deliveries, '* * * * *', {}, { tz: 'Asia/Shanghai' });
  await boss.work(QUEUES.reminders, async () => {
    await runReminders(now());
    await sendPendingDeliveries(now());
  });
  await boss.work(QUEUES.deliveries, async () => {
    await sendPendingDeliveries(now());
    await pruneApiRateWindows(now());
  });
  return boss;
}
