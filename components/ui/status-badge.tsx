import { useTranslations } from 'next-intl';
import type { MonthState, Status } from '@/lib/domain';

// Status is never colour alone: a colour, an icon and a word. The icons are plain text glyphs that the
// CJK fonts carry (no emoji), so they render wherever the Chinese text does.
export const STATUS_ICON: Record<Status, string> = { GREEN: '✓', YELLOW: '!', RED: '✕', OVERDUE: '◷', NO_DATA: '–' };

export function StatusBadge({ status, label }: { status: Status; label?: string }) {
  const t = useTranslations('domain');
  return (
    <span className={`badge status-${status}`} data-status={status}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span>
      {label ?? t(`status.${status}`)}
    </span>
  );
}

export type MonthStateName = MonthState | 'MISSING' | 'OVERDUE';

const STATE_STYLE: Record<MonthStateName, { icon: string; status: Status }> = {
  MISSING: { icon: '○', status: 'NO_DATA' },
  DRAFT: { icon: '✎', status: 'NO_DATA' },
  SUBMITTED: { icon: '→', status: 'YELLOW' },
  RETURNED: { icon: '↩', status: 'RED' },
  APPROVED: { icon: '✔', status: 'GREEN' },
  OVERDUE: { icon: '◷', status: 'OVERDUE' },
};

/** A month's place in the cycle as colour, icon and word. */
export function MonthStateBadge({ state }: { state: MonthStateName }) {
  const t = useTranslations('domain');
  const style = STATE_STYLE[state];
  return (
    <span className={`badge status-${style.status}`} data-state={state}>
      <span aria-hidden="true">{style.icon}</span>
      {t(`monthState.${state}`)}
    </span>
  );
}
