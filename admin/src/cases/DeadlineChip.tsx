import type { ChipProps } from '@mui/material';
import { Chip, Tooltip } from '@mui/material';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import ScheduleIcon from '@mui/icons-material/Schedule';
import TodayIcon from '@mui/icons-material/Today';
import EventIcon from '@mui/icons-material/Event';
import { daysBetween, londonToday, useDates } from './dates';
import { useT } from './useT';

export type Urgency = 'overdue' | 'today' | 'soon' | 'week' | 'later' | 'none';

/** How urgent a deadline is: past, today, within 2 days, within a week, later. */
export function urgencyOf(deadline: string | null | undefined, today = londonToday()): Urgency {
  if (!deadline) return 'none';
  const days = daysBetween(today, deadline);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (days <= 2) return 'soon';
  if (days <= 7) return 'week';
  return 'later';
}

const look: Record<Urgency, { color: ChipProps['color']; variant: ChipProps['variant']; icon: React.ReactElement }> = {
  overdue: { color: 'error', variant: 'filled', icon: <EventBusyIcon /> },
  today: { color: 'warning', variant: 'filled', icon: <TodayIcon /> },
  soon: { color: 'warning', variant: 'outlined', icon: <ScheduleIcon /> },
  week: { color: 'info', variant: 'outlined', icon: <ScheduleIcon /> },
  later: { color: 'success', variant: 'outlined', icon: <EventIcon /> },
  none: { color: 'default', variant: 'outlined', icon: <EventIcon /> },
};

/** A deadline as a chip coloured by urgency: red when past, orange today or within two days, blue this week, green later. */
export const DeadlineChip = ({ date, label, today, size = 'small' }: { date: string | null | undefined; label?: string; today?: string; size?: ChipProps['size'] }) => {
  const t = useT();
  const dates = useDates();
  const day = today ?? londonToday();
  const urgency = urgencyOf(date, day);
  const { color, variant, icon } = look[urgency];
  const text = !date
    ? t('casework.deadline.none')
    : urgency === 'overdue'
      ? t('casework.deadline.overdue', { date: dates.day(date) })
      : urgency === 'today'
        ? t('casework.deadline.today')
        : daysBetween(day, date) === 1
          ? t('casework.deadline.tomorrow')
          : urgency === 'later'
            ? t('casework.deadline.later', { date: dates.day(date) })
            : t('casework.deadline.days', { smart_count: daysBetween(day, date), date: dates.day(date) });
  const chip = (
    <Chip size={size} color={color} variant={variant} icon={icon} label={label ? `${label}: ${text}` : text} data-urgency={urgency} data-date={date ?? ''} />
  );
  return date ? <Tooltip title={dates.day(date)}>{chip}</Tooltip> : chip;
};
