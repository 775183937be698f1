import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROLE_KEYS } from '../../api/src/domain/protocol';
import { ROLE_TITLES, TERMS, roleTitleIn } from '../../api/src/domain/glossary';

/**
 * One glossary (api/src/domain/glossary.ts) for the sector's terms: every built-in role has an
 * English and a Welsh title, and no Welsh text the app shows uses a variant the glossary rejects.
 */
const ADMIN_SRC = resolve(__dirname, '../../admin/src');

/** The Welsh half of each admin catalogue, as source text (from its `cy` object to the end). */
function welshSources(): [string, string][] {
  const files = [
    ...readdirSync(ADMIN_SRC, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(ADMIN_SRC, d.name, 'messages.ts')))
      .map((d) => join(ADMIN_SRC, d.name, 'messages.ts')),
    join(ADMIN_SRC, 'i18n', 'cy.ts'),
    join(ADMIN_SRC, 'i18n', 'ra-cy.ts'),
  ];
  return files.map((f) => {
    const text = readFileSync(f, 'utf8');
    const start = text.search(/^\s*(?:export )?(?:const )?cy\b[^=\n]*[:=]\s*\{/m);
    return [f.slice(ADMIN_SRC.length + 1), start >= 0 ? text.slice(start) : text];
  });
}

describe('the glossary', () => {
  test('names every built-in role in English and Welsh, and no other', () => {
    expect(Object.keys(ROLE_TITLES).sort()).toEqual([...ROLE_KEYS].sort());
    for (const [key, t] of Object.entries(ROLE_TITLES)) {
      expect([key, t.en.trim().length > 0, t.cy.trim().length > 0]).toEqual([key, true, true]);
      expect([key, (t.cy as string) === (t.en as string)]).toEqual([key, false]);
    }
  });

  test('gives the Welsh bodies councils in Wales know by name', () => {
    expect(roleTitleIn('cy', 'standards_committee')).toBe('Pwyllgor Safonau');
    expect(roleTitleIn('cy', 'ombudsman')).toBe('Ombwdsmon Gwasanaethau Cyhoeddus Cymru');
    expect(roleTitleIn('cy', 'monitoring_officer')).toBe('Swyddog Monitro');
    expect(roleTitleIn('en', 'clerk')).toBe('Clerk');
    expect(roleTitleIn('cy', 'a_new_role')).toBe('a new role');
  });

  test('no Welsh catalogue uses a term the glossary rejects, and one apostrophe style', () => {
    const found: string[] = [];
    for (const [file, text] of welshSources()) {
      const lower = text.toLowerCase();
      for (const term of TERMS) for (const bad of term.notCy ?? []) if (lower.includes(bad.toLowerCase())) found.push(`${file}: "${bad}" (say "${term.cy}")`);
      if (text.includes('\u2019')) found.push(`${file}: a typographic apostrophe (Welsh uses ')`);
    }
    expect(found).toEqual([]);
  });
});
