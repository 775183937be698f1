import { protocolMarkdown } from './protocol-markdown';
import { protocol as ashbury } from '../seed/protocols/ashbury';
import { protocol as cwmbran } from '../seed/protocols/cwmbran';

test('every clause appears with its number as written', () => {
  const md = protocolMarkdown(ashbury);
  for (const c of ashbury.clauses) expect(md).toContain(`**${c.number}** `);
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
