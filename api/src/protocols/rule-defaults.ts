import { DEFAULT_RECEIPT, DEFAULT_UNIT } from '../domain/calendar';
import type { Section, Sections } from '../domain/protocol-items';

/**
 * A stored rule with its optional lists and flags filled in ([] and false), as the
 * GraphQL types promise. Stored rules stay as written (an export gives back what
 * was imported); this is only for serving them. Memoised per stored body.
 */
const done = new WeakMap<object, unknown>();

export function withDefaults<S extends Section>(section: S, body: Sections[S]): Sections[S] {
  const hit = done.get(body);
  if (hit) return hit as Sections[S];
  const b = body as Record<string, any>;
  let out: Record<string, any>;
  switch (section) {
    case 'role':
      out = { ...b, politicallyRestricted: b.politicallyRestricted ?? false };
      break;
    case 'chain':
      out = {
        ...b,
        entryPoints: b.entryPoints ?? [],
        steps: b.steps.map((s: any) => ({ ...s, alternatives: s.alternatives ?? [], mayNotify: s.mayNotify ?? [], consult: s.consult ?? [], jointWith: s.jointWith ?? [], withSubjectFirst: s.withSubjectFirst ?? false })),
      };
      break;
    case 'response_standard':
      // The counting conventions a standard does not state: the ICO's reading, in working days.
      out = {
        ...b,
        alternatives: b.alternatives ?? [],
        respondBeforeMeeting: b.respondBeforeMeeting ?? false,
        receiptOnNonWorkingDay: b.receiptOnNonWorkingDay ?? DEFAULT_RECEIPT,
        unit: b.unit ?? DEFAULT_UNIT,
      };
      break;
    case 'access_rule':
      out = {
        ...b,
        classifiedBy: b.classifiedBy ?? [],
        declassifiedBy: b.declassifiedBy ?? [],
        grants: b.grants.map((g: any) => ({ ...g, alsoRequires: g.alsoRequires ?? [], approvedBy: g.approvedBy ?? [] })),
      };
      break;
    case 'disclosure_exception':
      out = { ...b, classifications: b.classifications ?? [] };
      break;
    case 'correspondence_rule':
      out = { ...b, exceptRoles: b.exceptRoles ?? [] };
      break;
    case 'obligation':
      out = { ...b, reportTo: b.reportTo ?? [], recordedBy: b.recordedBy ?? [] };
      break;
    case 'advice_route':
      out = { ...b, required: b.required ?? false };
      break;
    default:
      out = b;
  }
  done.set(body, out);
  return out as Sections[S];
}
