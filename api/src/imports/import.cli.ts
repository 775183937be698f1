/**
 * `npm run accord -- import <file> --council <slug> [--draft]`: imports a protocol document from the command
 * line, prints what was found (structure and suggestions, each with its clause, pattern and confidence),
 * and with --draft makes a draft of the council's protocol from every suggestion (as an operator: the
 * system scope), saying every problem at once if the draft would have any.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { AccordConfig } from '@accord/config';
import { createDataSource } from '../db/data-source';
import { withSystemContext } from '../common/system-context';
import { isAppError } from '../common/errors';
import { ImportService } from './import.service';
import { ImportInputError, DEFAULT_PARSE_LIMITS } from './parse';
import { importFile, type ImportResult } from './pipeline';

export const IMPORT_USAGE = 'usage: accord import <file> --council <slug> [--draft]';

function summary(result: ImportResult): string {
  const { structure, suggestions, parsed } = result;
  const lines = [
    `${parsed.format}${parsed.pages ? `, ${parsed.pages} pages` : ''}: "${structure.title ?? '(no title)'}"`,
    `${structure.sections.length} sections, ${structure.clauses.length} clauses (${structure.clauses.filter((c) => c.number === null).length} unnumbered)`,
    ...parsed.notes,
    `${suggestions.length} suggestions:`,
  ];
  for (const s of suggestions) {
    const v = s.value as unknown as Record<string, unknown>;
    const what =
      s.kind === 'role'
        ? `${v.title} → ${v.key}`
        : s.kind === 'time_limit'
          ? `${v.what} ${v.amount ?? ''} ${v.unit}${v.handler ? ` (${v.handler})` : ''}`
          : s.kind === 'escalation'
            ? (v.steps as { role: string }[]).map((x) => x.role).join(' → ')
            : JSON.stringify(v);
    lines.push(`  ${s.id.padEnd(4)} ${s.kind.padEnd(14)} clause ${s.clause.padEnd(8)} ${what}  [${s.pattern}, ${s.confidence}] "${s.excerpt.slice(0, 60)}"`);
  }
  return lines.join('\n');
}

export async function importCommand(config: AccordConfig, args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--council');
  const at = args.indexOf('--council');
  const slug = at >= 0 ? args[at + 1] : undefined;
  const draft = args.includes('--draft');
  if (!file || !slug) {
    console.error(IMPORT_USAGE);
    return 2;
  }
  let buf: Buffer;
  try {
    if (statSync(file).size > DEFAULT_PARSE_LIMITS.maxBytes) {
      console.error(`${file} is larger than ${DEFAULT_PARSE_LIMITS.maxBytes / 1024 / 1024} MB`);
      return 1;
    }
    buf = readFileSync(file);
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    return 1;
  }
  let result: ImportResult;
  try {
    result = await importFile(buf, basename(file));
  } catch (e) {
    if (e instanceof ImportInputError) {
      console.error(`${basename(file)}: ${e.message}`);
      return 1;
    }
    throw e;
  }
  console.log(summary(result));
  const ds = createDataSource(config, 'app');
  await ds.initialize();
  try {
    return await withSystemContext(config, ds, async (ctx) => {
      const { manager } = await ctx.db();
      const [council] = await manager.query('SELECT id, name FROM councils WHERE slug = $1', [slug]);
      if (!council) {
        console.error(`no council with the slug "${slug}"`);
        return 1;
      }
      if (!draft) {
        console.log(`\n(not saved: add --draft to make a draft of ${council.name}'s protocol from these suggestions)`);
        return 0;
      }
      const service = new ImportService();
      const rec = await service.create(ctx, council.id, basename(file), buf);
      await service.parse(ctx, rec.id);
      const ready = await service.get(ctx, rec.id);
      try {
        const { draft: version, notes } = await service.createDraft(ctx, rec.id, ready.version, { accept: result.suggestions.map((s) => s.id) });
        console.log(`\ndraft version ${version.number} of ${council.name}'s protocol created (import ${rec.id})`);
        for (const n of notes) console.log(`  note: ${n}`);
        return 0;
      } catch (e) {
        if (!isAppError(e)) throw e;
        console.error(`\nno draft made: ${e.message}`);
        for (const p of (e.extensions.problems as { path: string; message: string }[] | undefined) ?? []) console.error(`  ${p.path}: ${p.message}`);
        throw Object.assign(e, { handled: true });
      }
    });
  } catch (e) {
    if ((e as { handled?: boolean }).handled) return 1;
    throw e;
  } finally {
    await ds.destroy();
  }
}
