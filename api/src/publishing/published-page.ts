import type { DataSource } from 'typeorm';
import { DbSession } from '../db/session';

/**
 * A council's published protocol as an accessible HTML page (no sign-in): /public/<slug> in
 * English, /public/<slug>/cy in Welsh (offered for councils in Wales). Only a council that chose
 * to publish (councils.publish_protocol) has one; its adopted version is shown with its adoption,
 * review date, version history and what changed from the version before. Read in that council's
 * scope alone, read-only (accord_begin_published, api/src/db/sql/50-published-protocol.sql).
 * Semantic HTML with no script or style (the API's Content-Security-Policy allows neither).
 */

export type PageLanguage = 'en' | 'cy';

export const WORDS = {
  en: {
    skip: 'Skip to the protocol',
    or: 'or',
    languages: 'Languages',
    adopted: 'Adopted',
    adoptedBy: 'Adopted by',
    effective: 'In force from',
    review: 'Next review due',
    version: 'Version',
    history: 'Version history',
    status: { adopted: 'in force', superseded: 'replaced' } as Record<string, string>,
    changed: (n: number) => `What changed in version ${n}`,
    first: 'This is the first version adopted.',
    added: 'Added',
    amended: 'Amended',
    removed: 'Removed',
    nothingChanged: 'The text of the clauses did not change.',
    text: 'The protocol',
    notStated: 'not stated',
    published: (council: string) => `Published by ${council}. This page shows the protocol as adopted; it is not legal advice.`,
    none: 'This council has not adopted a protocol yet.',
    downloads: 'Download',
    languageName: 'English',
    downloadPdf: (language: string) => `PDF (${language})`,
    downloadDocx: (language: string) => `Word (${language})`,
  },
  cy: {
    skip: "Neidio i'r protocol",
    or: 'neu',
    languages: 'Ieithoedd',
    adopted: 'Mabwysiadwyd',
    adoptedBy: 'Mabwysiadwyd gan',
    effective: 'Mewn grym o',
    review: 'Adolygiad nesaf erbyn',
    version: 'Fersiwn',
    history: 'Hanes y fersiynau',
    status: { adopted: 'mewn grym', superseded: 'disodlwyd' } as Record<string, string>,
    changed: (n: number) => `Beth newidiodd yn fersiwn ${n}`,
    first: "Dyma'r fersiwn gyntaf a fabwysiadwyd.",
    added: 'Ychwanegwyd',
    amended: 'Diwygiwyd',
    removed: 'Dilëwyd',
    nothingChanged: "Ni newidiodd testun y cymalau.",
    text: 'Y protocol',
    notStated: 'heb ei nodi',
    published: (council: string) => `Cyhoeddwyd gan ${council}. Mae'r dudalen hon yn dangos y protocol fel y'i mabwysiadwyd; nid cyngor cyfreithiol mohono.`,
    none: "Nid yw'r cyngor hwn wedi mabwysiadu protocol eto.",
    downloads: 'Lawrlwytho',
    languageName: 'Cymraeg',
    downloadPdf: (language: string) => `PDF (${language})`,
    downloadDocx: (language: string) => `Word (${language})`,
  },
};

const CY_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/** A stated date ("2024-10-01", "2024-10" or "2024") in words; anything else as written. */
export function dateWords(lang: PageLanguage, value: string | null | undefined, notStated: string): string {
  if (!value) return notStated;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = lang === 'cy' ? CY_MONTHS[Number(mo) - 1] : new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, Number(mo) - 1, 1)));
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

interface Clause {
  key: string;
  number: string | null;
  heading: string | null;
  text: string;
  heading_cy: string | null;
  text_cy: string | null;
}

interface Version {
  id: string;
  number: number;
  status: string;
  adopted_on: string | null;
  adopted_by: string | null;
  effective_from: string | null;
  next_review_due: string | null;
}

/** What a published protocol shows, read in the council's scope alone (read-only). */
export interface Published {
  council: { id: string; name: string; slug: string; nation: string };
  protocol: { id: string; title: string; title_cy: string | null } | null;
  versions: Version[];
  adopted: Version | null;
  clauses: Clause[];
  previous: Version | null;
  added: Clause[];
  amended: Clause[];
  removed: Clause[];
}

/** The council's published protocol, or null when the slug names no council that publishes it. */
export async function readPublished(ds: DataSource, slug: string): Promise<Published | null> {
  const session = await DbSession.begin(ds);
  try {
    const [row] = await session.query<{ r: Published['council'] | null }>('SELECT accord_begin_published($1) AS r', [slug]);
    const council = row?.r;
    if (!council) return null;
    const [protocol] = await session.query<{ id: string; title: string; title_cy: string | null }>(
      `SELECT id, title, title_cy FROM protocols WHERE council_id = $1 AND NOT is_model`,
      [council.id],
    );
    const versions = protocol
      ? await session.query<Version>(
          `SELECT id, number, status, adopted_on, adopted_by, effective_from, next_review_due::text AS next_review_due
             FROM protocol_versions WHERE protocol_id = $1 AND status IN ('adopted', 'superseded') ORDER BY number DESC`,
          [protocol.id],
        )
      : [];
    const adopted = versions.find((v) => v.status === 'adopted') ?? null;
    const empty = { council, protocol: protocol ?? null, versions, adopted, clauses: [], previous: null, added: [], amended: [], removed: [] };
    if (!protocol || !adopted) return empty;
    const clauses = await session.query<Clause>(
      `SELECT key, number, heading, text, heading_cy, text_cy FROM protocol_clauses WHERE version_id = $1 ORDER BY position`,
      [adopted.id],
    );
    const previous = versions.find((v) => v.number < adopted.number) ?? null;
    const before = previous
      ? await session.query<Clause>(`SELECT key, number, heading, text, heading_cy, text_cy FROM protocol_clauses WHERE version_id = $1 ORDER BY position`, [previous.id])
      : [];
    const oldByKey = new Map(before.map((c) => [c.key, c]));
    const newKeys = new Set(clauses.map((c) => c.key));
    return {
      ...empty,
      clauses,
      previous,
      added: clauses.filter((c) => previous && !oldByKey.has(c.key)),
      amended: clauses.filter((c) => {
        const o = oldByKey.get(c.key);
        return o && (o.text !== c.text || o.heading !== c.heading || o.text_cy !== c.text_cy);
      }),
      removed: before.filter((c) => !newKeys.has(c.key)),
    };
  } finally {
    await session.end(false);
  }
}

const clauseLabel = (lang: PageLanguage, c: Clause) => [c.number, (lang === 'cy' && c.heading_cy) || c.heading].filter(Boolean).join(' ') || c.key;
const adoptedByWords = (v: Version, notStated: string) => (v.adopted_by ? v.adopted_by.replace(/_/g, ' ') : notStated);

/** The page's HTML, or null when the slug names no council that publishes its protocol. */
export async function publishedProtocolPage(ds: DataSource, slug: string, lang: PageLanguage, basePath = '/public'): Promise<string | null> {
  const data = await readPublished(ds, slug);
  if (!data) return null;
  return publishedHtml(data, lang, basePath);
}

/** The page's HTML for what readPublished found, or null for Welsh when the council is not in Wales. */
export function publishedHtml(data: Published, lang: PageLanguage, basePath = '/public'): string | null {
  {
    const { council, protocol, versions, adopted, clauses, previous, added, amended, removed } = data;
    const wales = council.nation === 'wales';
    if (lang === 'cy' && !wales) return null;
    const w = WORDS[lang];
    const title = escapeHtml((lang === 'cy' && protocol?.title_cy) || protocol?.title || council.name);
    const langLinks = wales
      ? `<nav aria-label="${w.languages}"><p>${w.languages}: <a href="${basePath}/${council.slug}" lang="en" hreflang="en"${lang === 'en' ? ' aria-current="page"' : ''}>English</a> ${w.or} <a href="${basePath}/${council.slug}/cy" lang="cy" hreflang="cy"${lang === 'cy' ? ' aria-current="page"' : ''}>Cymraeg</a></p></nav>`
      : '';
    let body: string;
    if (!protocol || !adopted) {
      body = `<p>${w.none}</p>`;
    } else {
      const label = (c: Clause) => escapeHtml(clauseLabel(lang, c));
      const list = (name: string, items: Clause[], testId: string) =>
        items.length ? `<h3>${name}</h3>\n<ul data-testid="${testId}">${items.map((c) => `<li>${label(c)}</li>`).join('')}</ul>` : '';
      const changes = !previous
        ? `<p>${w.first}</p>`
        : added.length + amended.length + removed.length === 0
          ? `<p>${w.nothingChanged}</p>`
          : [list(w.added, added, 'added'), list(w.amended, amended, 'amended'), list(w.removed, removed, 'removed')].join('\n');
      const paragraphs = (text: string) =>
        text
          .split(/\n{2,}/)
          .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
          .join('\n');
      const clauseHtml = clauses
        .map((c) => {
          const welsh = lang === 'cy' && c.text_cy;
          // A clause with no Welsh text is shown in English, marked as English for screen readers.
          const langAttr = lang === 'cy' && !welsh ? ' lang="en"' : '';
          return `<section id="clause-${escapeHtml(c.key)}"${langAttr}>
<h3>${label(c)}</h3>
${paragraphs(welsh ? (c.text_cy as string) : c.text)}
</section>`;
        })
        .join('\n');
      const file = (l: PageLanguage, ext: string) => `${basePath}/${council.slug}${l === 'cy' ? '/cy' : ''}/protocol.${ext}`;
      // Links in a sentence (not a list): inline targets, as WCAG 2.2 target size allows.
      const links = (wales ? (['cy', 'en'] as const) : (['en'] as const)).flatMap((l) => [
        `<a href="${file(l, 'pdf')}" download hreflang="${l}">${w.downloadPdf(WORDS[l].languageName)}</a>`,
        `<a href="${file(l, 'docx')}" download hreflang="${l}">${w.downloadDocx(WORDS[l].languageName)}</a>`,
      ]);
      const downloads = `${links.slice(0, -1).join(', ')} ${w.or} ${links[links.length - 1]}`;
      body = `<dl data-testid="adoption">
  <dt>${w.version}</dt><dd>${adopted.number}</dd>
  <dt>${w.adopted}</dt><dd>${escapeHtml(dateWords(lang, adopted.adopted_on, w.notStated))}</dd>
  <dt>${w.adoptedBy}</dt><dd>${escapeHtml(adoptedByWords(adopted, w.notStated))}</dd>
  <dt>${w.effective}</dt><dd>${escapeHtml(dateWords(lang, adopted.effective_from, w.notStated))}</dd>
  <dt>${w.review}</dt><dd>${escapeHtml(dateWords(lang, adopted.next_review_due, w.notStated))}</dd>
</dl>
<p data-testid="downloads">${w.downloads}: ${downloads}.</p>
<h2>${w.history}</h2>
<table data-testid="history">
<thead><tr><th scope="col">${w.version}</th><th scope="col">${w.adopted}</th><th scope="col">${w.adoptedBy}</th></tr></thead>
<tbody>
${versions.map((v) => `<tr><th scope="row">${v.number} (${w.status[v.status] ?? v.status})</th><td>${escapeHtml(dateWords(lang, v.adopted_on, w.notStated))}</td><td>${escapeHtml(adoptedByWords(v, w.notStated))}</td></tr>`).join('\n')}
</tbody>
</table>
<h2>${w.changed(adopted.number)}</h2>
${changes}
<h2 id="text">${w.text}</h2>
${clauseHtml}`;
    }
    return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${escapeHtml(council.name)}</title>
</head>
<body>
<a href="#main">${w.skip}</a>
<header>
${langLinks}
<p>${escapeHtml(council.name)}</p>
</header>
<main id="main">
<h1>${title}</h1>
${body}
</main>
<footer><p>${escapeHtml(w.published(council.name))}</p></footer>
</body>
</html>
`;
  }
}
