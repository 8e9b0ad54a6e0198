import 'server-only';
import { clock } from '@/lib/clock';
import { prisma } from '@/lib/db';
import { type Message, notify, recipientsOf } from '@/lib/data/notifications';
import { isSubmittedState, shanghaiYearMonth } from '@/lib/domain';
import { dueReminderStage, reviewWaitDays, shanghaiDateKey } from './rules';
import type { TextKey } from './texts';

const STAGE_TEXT: Record<'SOON' | 'DUE' | 'OVERDUE', TextKey> = {
  SOON: 'dueSoon',
  DUE: 'dueToday',
  OVERDUE: 'overdue',
};

/**
 * The day's 填报提醒 and 审核提醒 as of `now`: every unit's month not yet submitted that is 3 days from its due date,
 * due today or overdue (to its managers; overdue also to the leaders), and every month waiting for review more than
 * two days (to the leaders). Once a day per message, recipient and channel, however often it runs.
 */
export async function runReminders(now = clock.now()): Promise<number> {
  const today = shanghaiYearMonth(now);
  const day = shanghaiDateKey(now);
  const plans = await prisma.plan.findMany({
    where: { year: { in: [today.year - 1, today.year] } },
    select: {
      id: true,
      year: true,
      dueDay: true,
      unit: { select: { id: true, code: true, name: true } },
      monthReports: { select: { id: true, month: true, state: true, submittedAt: true } },
    },
  });
  const [leaders, managers] = [await recipientsOf({ leaders: true }), new Map<number, number[]>()];
  const managersOf = async (unitId: number) => {
    if (!managers.has(unitId)) managers.set(unitId, await recipientsOf({ managersOf: unitId }));
    return managers.get(unitId)!;
  };
  const messages: Message[] = [];
  for (const plan of plans) {
    const base = { unit: plan.unit.name, unitCode: plan.unit.code, year: plan.year };
    for (let month = 1; month <= 12; month++) {
      const report = plan.monthReports.find((r) => r.month === month);
      if (report?.state === 'SUBMITTED' && report.submittedAt) {
        const days = reviewWaitDays(report.submittedAt, now);
        if (days !== null)
          messages.push({
            kind: 'REVIEW',
            dedupeKey: `review:${report.id}:${report.submittedAt.getTime()}:${day}`,
            unitId: plan.unit.id,
            recipients: leaders,
            params: { text: 'review', ...base, month, days, submitted: shanghaiDateKey(report.submittedAt) },
            link: '/review',
            toRobots: false,
          });
      }
      if (isSubmittedState(report?.state)) continue;
      const stage = dueReminderStage(plan.year, month, plan.dueDay, now);
      if (!stage) continue;
      const unitManagers = await managersOf(plan.unit.id);
      messages.push({
        kind: 'DUE',
        dedupeKey: `due:${plan.id}:${month}:${day}`,
        unitId: plan.unit.id,
        recipients: stage.stage === 'OVERDUE' ? [...new Set([...unitManagers, ...leaders])] : unitManagers,
        params: { text: STAGE_TEXT[stage.stage], ...base, month, days: stage.days, due: stage.due },
        link: `/entry/${plan.year}/${month}?unit=${plan.unit.code}`,
        toRobots: true,
      });
    }
  }
  await notify(messages);
  return messages.length;
}
