import type { DataSource } from 'typeorm';
import { fileName, renderDocx, renderPdf, type Block, type PrintDoc } from './document';
import { WORDS, dateWords, readPublished, type PageLanguage, type Published } from './published-page';

/**
 * A council's published protocol as a PDF or Word file (no sign-in): /public/<slug>/protocol.pdf and
 * .docx in English, /public/<slug>/cy/protocol.pdf and .docx in Welsh (councils in Wales). The same
 * content as the page: the adopted version with its adoption, next review date, version history,
 * what changed and the clauses. Null when the page would be a 404.
 */
export const PUBLISHED_FILE_TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;
export type PublishedFormat = keyof typeof PUBLISHED_FILE_TYPES;

export function publishedDoc(data: Published, lang: PageLanguage): PrintDoc | null {
  const { council, protocol, versions, adopted, clauses, previous, added, amended, removed } = data;
  if (lang === 'cy' && council.nation !== 'wales') return null;
  if (!protocol || !adopted) return null;
  const w = WORDS[lang];
  const title = (lang === 'cy' && protocol.title_cy) || protocol.title;
  const label = (c: Published['clauses'][number]) => [c.number, (lang === 'cy' && c.heading_cy) || c.heading].filter(Boolean).join(' ') || c.key;
  const by = (v: { adopted_by: string | null }) => (v.adopted_by ? v.adopted_by.replace(/_/g, ' ') : w.notStated);
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'p', text: council.name },
    {
      kind: 'table',
      header: [w.version, String(adopted.number)],
      rows: [
        [w.adopted, dateWords(lang, adopted.adopted_on, w.notStated)],
        [w.adoptedBy, by(adopted)],
        [w.effective, dateWords(lang, adopted.effective_from, w.notStated)],
        [w.review, dateWords(lang, adopted.next_review_due, w.notStated)],
      ],
    },
    { kind: 'h2', text: w.history },
    { kind: 'table', header: [w.version, w.adopted, w.adoptedBy], rows: versions.map((v) => [`${v.number} (${w.status[v.status] ?? v.status})`, dateWords(lang, v.adopted_on, w.notStated), by(v)]) },
    { kind: 'h2', text: w.changed(adopted.number) },
  ];
  if (!previous) blocks.push({ kind: 'p', text: w.first });
  else if (added.length + amended.length + removed.length === 0) blocks.push({ kind: 'p', text: w.nothingChanged });
  else
    for (const [name, items] of [
      [w.added, added],
      [w.amended, amended],
      [w.removed, removed],
    ] as const)
      if (items.length) blocks.push({ kind: 'h3', text: name }, { kind: 'list', items: items.map(label) });
  blocks.push({ kind: 'h2', text: w.text });
  for (const c of clauses) {
    const welsh = lang === 'cy' && c.text_cy;
    // A clause with no Welsh text is given in English, marked as English.
    const clauseLang = lang === 'cy' && !welsh ? 'en' : lang;
    blocks.push({ kind: 'h3', text: label(c) });
    for (const p of (welsh ? (c.text_cy as string) : c.text).split(/\n{2,}/)) blocks.push({ kind: 'p', text: p, lang: clauseLang });
  }
  blocks.push({ kind: 'p', text: w.published(council.name), small: true });
  return { title: `${title} · ${council.name}`, lang, author: council.name, blocks };
}

export async function publishedProtocolFile(ds: DataSource, slug: string, lang: PageLanguage, format: PublishedFormat): Promise<{ body: Buffer; filename: string } | null> {
  const data = await readPublished(ds, slug);
  const doc = data && publishedDoc(data, lang);
  if (!data || !doc) return null;
  const body = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
  return { body, filename: `${fileName(`${data.council.slug} protocol v${data.adopted!.number}${lang === 'cy' ? ' cy' : ''}`)}.${format}` };
}
