/**
 * A protocol version as Markdown: the clauses with their numbers as written,
 * then each kind of rule with the clauses it cites. Pure.
 *
 * The text comes from whoever edits a draft, and the Markdown may be rendered as
 * HTML by whoever reads it, so nothing in it may become markup or a link: HTML is
 * escaped, `[`/`]` (link and image syntax) and `\` are escaped, and the schemes
 * javascript:, vbscript: and data: before a URL are neutralised (`&#58;`). The template itself uses none
 * of these characters, so the whole document is escaped once, at the end.
 */
import { clauseId } from './clauses';
import { describeStatedDate } from './dates';
import type { ProtocolDocument, RoleKey } from './protocol';

const words = (s: string) => s.replace(/_/g, ' ');

/** Escapes text for Markdown that may be rendered as HTML (see above). */
export function markdownSafe(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/\b(javascript|vbscript|data):(?=\S)/gi, '$1&#58;');
}

export function protocolMarkdown(doc: ProtocolDocument): string {
  const title = (key: RoleKey | undefined) => (key ? (doc.roles.find((r) => r.key === key)?.title ?? words(key)) : '');
  // Rules cite clause ids; the reader sees the numbers as written (an unnumbered paragraph by its id).
  const shown = new Map(doc.clauses.map((c) => [clauseId(c), c.number ?? clauseId(c)]));
  const cite = (clauses: readonly string[]) =>
    clauses.length ? ` (clause${clauses.length > 1 ? 's' : ''} ${clauses.map((id) => shown.get(id) ?? id).join(', ')})` : '';
  const out: string[] = [`# ${doc.title}`, ''];
  const r = doc.review;
  const review = [
    r.adoptedOn && `Adopted ${describeStatedDate(r.adoptedOn)}${r.adoptedBy ? ` by ${title(r.adoptedBy)}` : ''}.`,
    r.lastUpdated && `Last updated ${describeStatedDate(r.lastUpdated)}.`,
    r.reviewOn ? `Review due ${r.reviewOn}.` : r.reviewEveryMonths ? `Reviewed every ${r.reviewEveryMonths} months.` : '',
    r.reviewingBody && `Reviewed by ${title(r.reviewingBody)}.`,
    r.amendedBy && `Amendments approved by ${title(r.amendedBy)}.`,
    ...(r.amendments ?? []).map((a) => `Amended ${a.on}: ${a.scope}${cite(a.clauses)}.`),
  ].filter(Boolean);
  if (review.length) out.push(`_${review.join(' ')}_${cite(r.clauses)}`, '');

  out.push('## Clauses', '');
  let section: string | undefined;
  for (const c of doc.clauses) {
    if (c.section !== section) {
      section = c.section;
      const s = doc.sections?.find((x) => x.id === section);
      if (s) out.push(`### ${s.number ? `${s.number} ` : ''}${s.heading}`, '');
    }
    if (c.heading) out.push(`#### ${c.heading}`, '');
    out.push(`${c.number ? `**${c.number}** ` : ''}${c.text.replace(/\n/g, '  \n')}`, '');
  }
  if (doc.roles.length) {
    out.push('## Roles', '');
    for (const role of doc.roles) {
      out.push(`- **${role.title}** (${words(role.key)}, ${role.kind}${role.organisation ? `, ${role.organisation}` : ''}${role.politicallyRestricted ? ', politically restricted' : ''})${cite(role.clauses)}`);
    }
    out.push('');
  }
  if (doc.chains.length) {
    out.push('## Escalation', '');
    for (const chain of doc.chains) {
      out.push(`### ${words(chain.concern)}${chain.about ? ` about ${title(chain.about)}` : ''}${chain.severity !== 'any' ? ` (${chain.severity})` : ''}${cite(chain.clauses)}`, '');
      chain.steps.forEach((s, i) => {
        const extra = [
          s.workingDays !== undefined && `${s.workingDays} working days`,
          s.notify.length && `tell ${s.notify.map(title).join(', ')}`,
          s.mayNotify?.length && `may tell ${s.mayNotify.map(title).join(', ')}`,
          s.consult?.length && `consulting ${s.consult.map(title).join(', ')}`,
          s.jointWith?.length && `jointly with ${s.jointWith.map(title).join(', ')}`,
          s.preconditions.length && `only with ${s.preconditions.map(words).join(', ')}`,
        ].filter(Boolean);
        out.push(`${i + 1}. **${title(s.handler)}**: ${s.description}${extra.length ? ` (${extra.join('; ')})` : ''}${cite(s.clauses)}`);
      });
      if (chain.externalBody) out.push(`${chain.steps.length + 1}. Then: **${title(chain.externalBody)}**`);
      for (const e of chain.entryPoints ?? []) out.push('', `_Or start at step ${e.step + 1} ${e.when}._`);
      out.push('');
    }
  }
  if (doc.responseStandards.length) {
    out.push('## Response standards', '', '| Category | Acknowledge | Respond | Escalate to | Clauses |', '|---|---|---|---|---|');
    for (const s of doc.responseStandards) {
      out.push(
        `| ${words(s.category)} | ${s.acknowledgeWithinDays ?? '–'} | ${s.respondBeforeMeeting ? 'before the meeting' : (s.respondWithinDays ?? '–')} | ${s.escalateTo.map(title).join(', ') || '–'} | ${s.clauses.join(', ')} |`,
      );
    }
    out.push('', '_Days are working days._', '');
    for (const s of doc.responseStandards) {
      for (const a of s.alternatives ?? []) out.push(`- ${words(s.category)}: or **${title(a.handler)}** ${a.when}`);
      if (s.extension) out.push(`- ${words(s.category)}, when more time is needed: ${s.extension.description}`);
    }
    out.push('');
  }
  if (doc.accessRules.length) {
    out.push('## Access', '');
    for (const a of doc.accessRules) out.push(`- **${words(a.classification)}**: ${a.description}${cite(a.clauses)}`);
    out.push('');
  }
  for (const [heading, list] of [
    ['Members can expect from officers', doc.expectations.filter((e) => e.direction === 'members_from_officers')],
    ['Officers can expect from members', doc.expectations.filter((e) => e.direction === 'officers_from_members')],
  ] as const) {
    if (!list.length) continue;
    out.push(`## ${heading}`, '');
    for (const e of list) out.push(`- ${e.text}${cite(e.clauses)}`);
    out.push('');
  }
  if (doc.obligations.length) {
    out.push('## Duties, rights and restrictions', '');
    for (const o of doc.obligations) {
      const to = o.reportTo?.length ? ` (to ${o.reportTo.map(title).join(', ')}${o.register ? `; recorded in the ${o.register}` : ''})` : '';
      out.push(`- **${o.appliesTo.map(title).join(', ')}** (${o.kind}): ${o.text}${to}${cite(o.clauses)}`);
    }
    out.push('');
  }
  if (doc.adviceRoutes.length) {
    out.push('## Advice', '');
    for (const a of doc.adviceRoutes) out.push(`- **${words(a.topic)}**: ${a.advisers.map(title).join(', ')}${a.required ? ' (ask first)' : ''}. ${a.description}${cite(a.clauses)}`);
    out.push('');
  }
  const others = [...doc.disclosureExceptions, ...doc.correspondenceRules];
  if (others.length) {
    out.push('## Disclosure and correspondence', '');
    for (const o of others) out.push(`- **${words(o.key)}**: ${o.description}${cite(o.clauses)}`);
    out.push('');
  }
  return markdownSafe(out.join('\n'));
}
