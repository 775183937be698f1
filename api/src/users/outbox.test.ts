import { seal, unseal } from './outbox';

const SECRET = 'test-secret-test-secret-test-secret-0123';

describe('the mail outbox keeps a body sealed', () => {
  test.each([
    ['plain text', 'Dear Rhian,\n\nhttps://accord.example/admin/invitation#token=abc'],
    ['Welsh with diacritics', 'Annwyl Siân,\n\nFe’ch gwahoddwyd i Accord ar gyfer Cyngor Cymuned Llanfihangel Llantarnâm.'],
    ['empty', ''],
  ])('%s: unsealed as it was, and the sealed text does not show it', (_what, text) => {
    const sealed = seal(SECRET, text);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]*$/);
    if (text) expect(sealed).not.toContain(text.slice(0, 10));
    expect(unseal(SECRET, sealed)).toBe(text);
  });

  test('each seal differs (a fresh IV), and both unseal', () => {
    const a = seal(SECRET, 'same');
    const b = seal(SECRET, 'same');
    expect(a).not.toBe(b);
    expect([unseal(SECRET, a), unseal(SECRET, b)]).toEqual(['same', 'same']);
  });

  test.each([
    ['another secret', (s: string) => s, 'another-secret-another-secret-0123456'],
    ['a changed body', (s: string) => s.slice(0, -2) + (s.endsWith('AA') ? 'BB' : 'AA'), SECRET],
    ['not sealed at all', () => 'Dear Rhian', SECRET],
  ])('%s is refused', (_what, change, secret) => {
    const sealed = change(seal(SECRET, 'https://accord.example/admin/invitation#token=abcdefgh'));
    expect(() => unseal(secret, sealed)).toThrow();
  });
});
