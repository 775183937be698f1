/** File in, structure and suggestions out: what the worker job, the CLI and the bench run. */
import { suggest, type Suggestion } from './extract';
import { DEFAULT_PARSE_LIMITS, parseDocument, type ParseLimits, type ParsedDocument } from './parse';
import { structureBlocks, type StructuredText } from './structure';

export interface ImportResult {
  parsed: Omit<ParsedDocument, 'blocks'>;
  structure: StructuredText;
  suggestions: Suggestion[];
}

export async function importFile(buf: Buffer, filename: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS, progress?: (pct: number, stage: string) => unknown): Promise<ImportResult> {
  await progress?.(10, 'reading');
  const { blocks, ...parsed } = await parseDocument(buf, filename, limits);
  await progress?.(60, 'structure');
  const structure = structureBlocks(blocks);
  await progress?.(80, 'suggestions');
  const suggestions = suggest(structure);
  await progress?.(100, 'done');
  return { parsed, structure, suggestions };
}
