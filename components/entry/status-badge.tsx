import { useTranslations } from 'next-intl';
import type { Status } from '@/lib/domain';

const ICON: Record<Status, string> = { GREEN: '✓', YELLOW: '!', RED: '✕', OVERDUE: '⏰', NO_DATA: '–' };

/** Status as colour, icon and word. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useTranslations('domain');
  return (
    <span className={`badge status-${status}`}>
      <span aria-hidden="true">{ICON[status]}</span>
      {t(`status.${status}`)}
    </span>
  );
}

export type MonthStateName = 'MISSING' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'OVERDUE';

const STATE_STYLE: Record<MonthStateName, { icon: string; status: Status }> = {
  MISSING: { icon: '○', status: 'NO_DATA' },
  DRAFT: { icon: '✎', status: 'NO_DATA' },
  SUBMITTED: { icon: '⧗', status: 'YELLOW' },
  RETURNED: { icon: '↩', status: 'RED' },
  APPROVED: { icon: '🔒', status: 'GREEN' },
  OVERDUE: { icon: '⏰', status: 'OVERDUE' },
};

/** A month's place in the cycle as colour, icon and word. */
export function MonthStateBadge({ state }: { state: MonthStateName }) {
  const t = useTranslations('domain');
  const style = STATE_STYLE[state];
  return (
    <span className={`badge status-${style.status}`}>
      <span aria-hidden="true">{style.icon}</span>
      {t(`monthState.${state}`)}
    </span>
  );
}
