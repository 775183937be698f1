import { protocolMarkdown } from './protocol-markdown';
import { DEMO_PROTOCOLS } from '../seed/protocols';

/** The seed documents, read from their YAML files as an upload is. */
const { ashbury, cwmbran } = DEMO_PROTOCOLS;

test('every clause appears with its number as written', () => {
  const md = protocolMarkdown(ashbury);
  // A paragraph without a number (format 2) appears as written, without one.
  for (const c of ashbury.clauses) expect(md).toContain(c.number === null ? `\n${c.text}\n` : `**${c.number}** `);
  expect(md.startsWith(`# ${ashbury.title}`)).toBe(true);
});

test('the ward-matter standard is a row of the table, with its clause', () => {
  const md = protocolMarkdown(ashbury);
  expect(md).toMatch(/\| ward matter \| 2 \| 10 \| [^|]+\| 106 \|/);
  expect(md).toMatch(/\| policy matter \| 1 \| before the meeting \|/);
});

test('escalation steps name the council\'s own titles and cite their clauses', () => {
  const md = protocolMarkdown(cwmbran);
  const chairman = cwmbran.roles.find((r) => r.key === 'chairman')!.title;
  expect(md).toMatch(new RegExp(`### about clerk about [^\\n]+\\n\\n1\\. \\*\\*${chairman}\\*\\*`));
  expect(md).toMatch(/clauses? [^)]*15/);
});

describe('text from a draft cannot become markup or a link', () => {
  const hostile = (text: string) => protocolMarkdown({ ...ashbury, title: text, clauses: [{ ...ashbury.clauses[0], text }, ...ashbury.clauses.slice(1)] });
  test.each([
    // [what, text, must not appear, must appear]
    ['a script element', 'Hi <script>alert(1)</script>', '<script', 'Hi &lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an image with an onerror', '<img src=x onerror=alert(1)>', '<img', '&lt;img src=x onerror=alert(1)&gt;'],
    ['an autolink', '<javascript:alert(1)>', '<javascript', '&lt;javascript&#58;alert(1)&gt;'],
    ['a Markdown link to javascript:', '[click](javascript:alert(1))', '](javascript:', '\\[click\\](javascript&#58;alert(1))'],
    ['a link with a capitalised scheme', '[x](JavaScript:alert(1))', 'JavaScript:', '\\[x\\](JavaScript&#58;alert(1))'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))', 'vbscript:', '\\[x\\](vbscript&#58;msgbox(1))'],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)', 'data:text', '!\\[x\\](data&#58;text/html;base64,PHNjcmlwdD4=)'],
    ['a reference definition', '[a]: javascript:alert(1)', '[a]:', '\\[a\\]: javascript&#58;alert(1)'],
    ['an entity spelling the scheme', '[x](&#106;avascript:alert(1))', '(&#106;', '\\[x\\](&amp;#106;avascript:alert(1))'],
    ['an escaped bracket that would unescape', '\\[x](javascript:alert(1))', '\\[x]', '\\\\\\[x\\](javascript&#58;alert(1))'],
  ])('%s', (_what, text, absent, present) => {
    const md = hostile(text);
    expect(md).not.toContain(absent);
    expect(md).toContain(present);
    expect(md.startsWith(`# ${present}`)).toBe(true); // the title too
  });

  test('ordinary prose reads as before: "data: …" and "&" in words are kept readable', () => {
    const md = hostile('Personal data: kept 6 years & then destroyed');
    expect(md).toContain('Personal data: kept 6 years &amp; then destroyed');
  });

  test('the demo protocols have no raw markup in their export', () => {
    for (const doc of [ashbury, cwmbran]) expect(protocolMarkdown(doc)).not.toMatch(/<|>|(?<!\\)\[|javascript:/i);
  });
});

test('format 2: section headings, unnumbered paragraphs, citations shown by number, stated dates in words', () => {
  const md = protocolMarkdown({
    ...ashbury,
    sections: [{ id: 'intro', number: 'Part 1', heading: 'Introduction' }],
    clauses: [
      { id: 'p1', number: null, section: 'intro', text: 'An unnumbered paragraph.' },
      { id: 'intro.1', number: '1.', section: 'intro', text: 'The first clause.' },
    ],
    roles: [{ key: 'clerk', title: 'Clerk', kind: 'officer', clauses: ['intro.1'] }],
    chains: [],
    responseStandards: [],
    accessRules: [],
    disclosureExceptions: [],
    correspondenceRules: [],
    obligations: [],
    adviceRoutes: [],
    expectations: [],
    review: { adoptedOn: '2023-01', lastUpdated: '2024', clauses: [] },
  });
  expect(md).toContain('### Part 1 Introduction\n\nAn unnumbered paragraph.\n\n**1.** The first clause.');
  expect(md).toContain('(clause 1.)');
  expect(md).toContain('Adopted January 2023. Last updated 2024.');
  expect(md).not.toContain('null');
});
