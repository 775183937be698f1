/**
 * Which reminders go, and to whom (issue 11). Pure: the reminder service
 * (api/src/cases/reminder.service.ts) applies these to what it has locked.
 */
import type { MessageKind } from './vocabularies';

/** A reminder's kind (reminders.kind): MESSAGE_KINDS in ./vocabularies.ts. */
export type ReminderKind = MessageKind;

export interface ReminderFacts {
  kind: ReminderKind;
  /** The deadline the reminder is about (YYYY-MM-DD). */
  deadline: string | null;
  /** The step it was planned for (case reminders). */
  stepIndex: number | null;
  /** The case as it is now, locked (case reminders). */
  case: { status: string; stepIndex: number } | null;
  /** The review task as it is now (review reminders). */
  task: { status: string } | null;
}

/**
 * - `send`: still relevant and not stale.
 * - `irrelevant`: the case moved on (closed, answered, acknowledged for an acknowledgement reminder, another step) or the review is done.
 * - `stale`: a "due" reminder whose deadline passed before it could go (the "missed" one speaks instead).
 */
export type ReminderVerdict = 'send' | 'irrelevant' | 'stale';

/** Reminders that announce a deadline still ahead: not sent once the deadline has passed. */
export const ANNOUNCES_DEADLINE: ReadonlySet<ReminderKind> = new Set(['acknowledge_soon', 'respond_soon', 'step_soon', 'review_due']);

export function reminderVerdict(r: ReminderFacts, today: string): ReminderVerdict {
  if (r.case) {
    const c = r.case;
    if (c.status !== 'open' && c.status !== 'acknowledged') return 'irrelevant';
    if (r.kind.startsWith('acknowledge_') && c.status !== 'open') return 'irrelevant';
    if (!r.kind.startsWith('acknowledge_') && r.stepIndex !== null && r.stepIndex !== c.stepIndex) return 'irrelevant';
  } else if (!r.task || r.task.status === 'completed') {
    return 'irrelevant';
  }
  if (ANNOUNCES_DEADLINE.has(r.kind) && r.deadline !== null && r.deadline < today) return 'stale';
  return 'send';
}

export interface Holder {
  role_key: string;
  name: string;
  email: string | null;
  deputy: boolean;
}

export interface Recipient {
  role: string;
  /** The default title (the role's words); the service puts the council's own title in its place. */
  title: string;
  name: string;
  email: string | null;
  /** A clerk written to because no one holds the role. */
  fallback: boolean;
}

const words = (key: string) => key.replace(/_/g, ' ');

/**
 * The holders of the roles a reminder goes to, principals before deputies (deputies
 * only where no principal holds any of the roles); where none, the council's clerks,
 * told why. One recipient per person and address, so nobody gets a message twice for one event.
 */
export function recipientsFor(roles: readonly string[], holders: readonly Holder[], clerks: readonly { name: string; email: string }[]): Recipient[] {
  const mine = holders.filter((h) => roles.includes(h.role_key));
  const principals = mine.filter((h) => !h.deputy);
  const chosen = principals.length ? principals : mine;
  const out: Recipient[] = chosen.length
    ? chosen.map((h) => ({ role: h.role_key, title: words(h.role_key), name: h.name, email: h.email, fallback: false }))
    : clerks.map((c) => ({ role: 'clerk', title: `clerk (no ${roles.map(words).join(' or ')} is recorded)`, name: c.name, email: c.email, fallback: true }));
  const seen = new Set<string>();
  return out.filter((x) => {
    const key = `${x.name}\u0000${x.email ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
