import type { Status } from '@/lib/domain';

// Status is never colour alone: a colour, an icon and a word.
const ICONS: Record<Status, string> = { GREEN: '✓', YELLOW: '!', RED: '✕', OVERDUE: '⏱', NO_DATA: '–' };

export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return (
    <span className={`badge status-${status}`} data-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span>
      {label}
    </span>
  );
}
