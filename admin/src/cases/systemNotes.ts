import type { T } from './useT';

/**
 * The notes the API and worker write on a case's timeline are English sentences (they are kept in
 * the case's record as written). The timeline shows the ones it knows in the language on screen,
 * with their dates in the app's format; anything else (what a person typed) is shown as it is.
 */
export function systemNote(t: T, day: (d: string) => string, kind: string, note: string | null | undefined): string | null | undefined {
  if (!note) return note;
  let m: RegExpMatchArray | null;
  if (kind === 'opened' && (m = note.match(/^Opened under protocol version (\d+)$/))) return t('casework.system.opened_under', { number: m[1] });
  if (kind === 'note' && (m = note.match(/^Details changed: ([a-zA-Z, ]+)$/))) {
    const fields = m[1].split(', ').map((f) => t(`resources.cases.fields.${f}`, { _: f }));
    return t('casework.system.details_changed', { fields: fields.join(', ') });
  }
  if (kind === 'reminded' && (m = note.match(/^([a-z ]+) \((\d{4}-\d{2}-\d{2})\): sent to (.+)$/s))) {
    const what = t(`accord.notification_kind.${m[1].trim().replace(/ /g, '_').toUpperCase()}`, { _: m[1] });
    const nobody = m[3].startsWith('no one (');
    return t(nobody ? 'casework.system.reminder_nobody' : 'casework.system.reminder_sent', { what, date: day(m[2]), names: m[3] });
  }
  if (kind === 'deadline_missed' && (m = note.match(/^Not acknowledged by (\d{4}-\d{2}-\d{2})$/))) return t('casework.system.not_acknowledged', { date: day(m[1]) });
  if (kind === 'deadline_missed' && (m = note.match(/^Deadline (\d{4}-\d{2}-\d{2}) missed at the last step of the route$/))) return t('casework.system.last_step_missed', { date: day(m[1]) });
  return note;
}
