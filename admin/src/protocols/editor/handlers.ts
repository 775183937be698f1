/** A handler expression (format 2) as the editor shows and edits it. Pure (no imports): tests/unit/protocol-editor-lines.test.ts. */

/** Who handles a step (format 2, api/src/domain/protocol.ts Handler): a role (or their nominee), a procedure, any of, all of. */
export type Handler =
  | { role: string; orNominee?: boolean }
  | { procedure: { name: string; nameCy?: string; url?: string } }
  | { anyOf: Handler[] }
  | { allOf: Handler[] };

export type Kind = 'role' | 'procedure' | 'anyOf' | 'allOf';

export function kindOf(h: unknown): Kind {
  if (h && typeof h === 'object') {
    if ('procedure' in h) return 'procedure';
    if ('anyOf' in h) return 'anyOf';
    if ('allOf' in h) return 'allOf';
  }
  return 'role';
}

/** A handler in words, with the protocol's own role titles ("Town Clerk or their nominee", "A or B"). */
export function handlerText(h: unknown, roleTitle: (key: string) => string, translate: (k: string, o?: any) => string, locale = 'en'): string {
  if (!h || typeof h !== 'object') return '';
  const x = h as Record<string, any>;
  if (x.procedure) return (locale === 'cy' && x.procedure.nameCy) || x.procedure.name || '';
  if (x.role !== undefined) return x.orNominee ? translate('protocols.handler.nominee_text', { who: roleTitle(x.role) }) : roleTitle(x.role);
  if (Array.isArray(x.anyOf)) return x.anyOf.map((y: unknown) => handlerText(y, roleTitle, translate, locale)).join(` ${translate('protocols.handler.or')} `);
  if (Array.isArray(x.allOf)) return x.allOf.map((y: unknown) => handlerText(y, roleTitle, translate, locale)).join(` ${translate('protocols.handler.and')} `);
  return '';
}

/**
 * Steps as the form edits them: every step's handler in `handledBy` (a plain role becomes { role }).
 * Back to the rule: a plain role without a nominee is written as `handler`, as the format prefers.
 */
export function stepsToValues(steps: Record<string, any>[] = []) {
  return steps.map(({ handler, handledBy, ...rest }) => ({ ...rest, handledBy: handledBy ?? (handler ? { role: handler } : { role: '' }) }));
}
export function stepsToBody(steps: Record<string, any>[] = []) {
  return steps.map(({ handler: _old, handledBy, ...rest }) => {
    const h = handledBy ?? { role: '' };
    if (kindOf(h) === 'role' && !h.orNominee) return { ...rest, handler: h.role };
    return { ...rest, handledBy: h };
  });
}
/** The API's "steps.2.handler" and "steps.2.handledBy.anyOf…" errors, beside the step's handler input. */
export function handlerErrorsToInput(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) out[k.replace(/^(steps\.\d+)\.(handler|handledBy)(\..*)?$/, '$1.handledBy')] = v;
  return out;
}
