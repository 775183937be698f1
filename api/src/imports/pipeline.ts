/** File in, structure and suggestions out: what the worker job, the CLI and the bench run. */
import { suggest, type Suggestion } from './extract';
import { DEFAULT_PARSE_LIMITS, parseDocument, type ParseLimits, type ParsedDocument } from './parse';
import { structureBlocks, type StructuredText } from './structure';

export interface ImportResult {
  parsed: Omit<ParsedDocument, 'blocks'>;
  structure: StructuredText;
  suggestions: Suggestion[];
}

/** Where each stage starts, in percent: reading takes most of the time (a PDF's pages), the rest is quick. */
export const PROGRESS = { reading: 5, structure: 70, suggestions: 85, done: 100 } as const;
export type ProgressStage = keyof typeof PROGRESS;

/**
 * Reads a file through every stage. `progress` hears a whole percentage that only rises, with its stage:
 * 5 on starting, then per page of a PDF up to 70, 70 for the structure, 85 for the suggestions, 100 when done.
 */
export async function importFile(buf: Buffer, filename: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, progress?: (pct: number, stage: ProgressStage) => unknown): Promise<ImportResult> {
  await progress?.(PROGRESS.reading, 'reading');
  const span = PROGRESS.structure - PROGRESS.reading;
  let last: number = PROGRESS.reading;
  const { blocks, ...parsed } = await parseDocument(buf, filename, limits, async (fraction) => {
    const pct = PROGRESS.reading + Math.floor(Math.min(1, Math.max(0, fraction)) * span);
    // The last page's share is told as the structure stage begins.
    if (pct > last && pct < PROGRESS.structure) await progress?.((last = pct), 'reading');
  });
  await progress?.(PROGRESS.structure, 'structure');
  const structure = structureBlocks(blocks);
  await progress?.(PROGRESS.suggestions, 'suggestions');
  const suggestions = suggest(structure);
  await progress?.(PROGRESS.done, 'done');
  return { parsed, structure, suggestions };
}
