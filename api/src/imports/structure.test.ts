import { followsDecimal, readMarker, structureBlocks, textToBlocks } from './structure';

const structure = (text: string) => structureBlocks(textToBlocks(text));
const numbers = (text: string) => structure(text).clauses.map((c) => c.number);

describe('readMarker', () => {
  it.each([
    ['1. The Council', 'decimal', '1'],
    ['1.1 Members', 'decimal', '1.1'],
    ['8.63 Officers', 'decimal', '8.63'],
    ['9.3.1 Members', 'decimal', '9.3.1'],
    ['2.0  Roles', 'decimal', '2.0'],
    ['(a) a Member', 'letter', '(a)'],
    ['b. serves as', 'letter', 'b'],
    ['c) should', 'letter', 'c'],
    ['(iv) the fourth', 'roman', '(iv)'],
    ['ii. the second', 'roman', 'ii'],
    ['• Respect', 'bullet', '•'],
    ['- Respect', 'bullet', '•'],
    ['\uF0B7 Respect', 'bullet', '•'],
  ])('%s', (line, scheme, number) => {
    expect(readMarker(line)).toMatchObject({ scheme, number });
  });
  it('reads "i." after "h." as a letter', () => expect(readMarker('i. ninth', 'h')).toMatchObject({ scheme: 'letter', number: 'i' }));
  it.each(['The Council', 'Members, officers', ''])('no marker in %j', (line) => expect(readMarker(line)).toBeNull());
});

describe('followsDecimal', () => {
  it.each([
    [null, '1', true],
    ['1', '2', true],
    ['1', '1.1', true],
    ['1.0', '1.1', true],
    ['1.2', '1.3', true],
    ['1.2.3', '2', true],
    ['1.2.3', '1.3', true],
    ['5.2', '5.2.1.1', true],
    ['3', '7', false],
    ['1.1', '10', false],
  ])('%s -> %s', (a, b, ok) => expect(followsDecimal(a, b)).toBe(ok));
});

describe('numbering schemes as written', () => {
  it('"1." top-level numbers, headings between them', () => {
    const s = structure('Protocol\n\nIntroduction\n\n1. The Code applies.\n\n2. It sets out rules.\n\nReview\n\n3. The Council reviews it.');
    expect(s.title).toBe('Protocol');
    expect(s.sections.map((x) => x.heading)).toEqual(['Introduction', 'Review']);
    expect(s.clauses.map((c) => [c.number, c.section])).toEqual([['1', s.sections[0]!.id], ['2', s.sections[0]!.id], ['3', s.sections[1]!.id]]);
  });
  it('"1.1" under numbered headings "1. INTRODUCTION"', () => {
    const s = structure('1. INTRODUCTION\n\n1.1 The purpose.\n\n1.2 Much of it.\n\n2. ROLES\n\n2.1 Members.');
    expect(s.sections.map((x) => [x.number, x.heading])).toEqual([['1', 'INTRODUCTION'], ['2', 'ROLES']]);
    expect(s.clauses.map((c) => c.number)).toEqual(['1.1', '1.2', '2.1']);
  });
  it('"2.0 Roles" headings and deep numbers like 5.2.1.1 and 8.63', () => {
    expect(numbers('2.0 Roles of Members\n\n2.1 Members act.\n\n5.2 Undue Pressure\n\n5.2.1.1 It is important.\n\n8.63 Officers reply.')).toEqual(['2.1', '5.2.1.1', '8.63']);
  });
  it('bare numbers "1 Mutual trust" with wrapped lines that start with a number', () => {
    expect(numbers('1 Mutual trust matters and replies come within\n10 working days of receipt.\n\n2 This protocol is designed.')).toEqual(['1', '2']);
  });
  it('lettered and roman sub-items stay in their clause, one line each', () => {
    const s = structure('1.1 In particular it:\n\na. offers guidance.\n\nb. serves as a guide.\n\n1.2 Next:\n\n(i) first;\n\n(ii) second.');
    expect(s.clauses.map((c) => c.number)).toEqual(['1.1', '1.2']);
    expect(s.clauses[0]!.text).toBe('In particular it:\na. offers guidance.\nb. serves as a guide.');
    expect(s.clauses[1]!.text).toBe('Next:\n(i) first;\n(ii) second.');
  });
  it('a document numbered only with letters: each a clause', () => {
    expect(numbers('(a) Members must be courteous.\n\n(b) Officers must be impartial.')).toEqual(['(a)', '(b)']);
  });
  it('numbering that restarts per section keeps each clause, ids unique', () => {
    const s = structure('Part One\n\n1. Alpha.\n\n2. Beta.\n\nPart Two\n\n1. Gamma.\n\n2. Delta.');
    expect(s.clauses.map((c) => c.number)).toEqual(['1', '2', '1', '2']);
    expect(new Set(s.clauses.map((c) => c.id)).size).toBe(4);
  });
  it('bullets (glyph, dash, or lost glyph on an indented line) belong to the lead-in', () => {
    const s = structure('9. Members can expect from Officers:-\n\n Commitment to the Council\n\n Respect and courtesy\n\n10. Officers can expect:\n• Leadership\n- Direction');
    expect(s.clauses.map((c) => c.text)).toEqual(['Members can expect from Officers:-\n- Commitment to the Council\n- Respect and courtesy', 'Officers can expect:\n- Leadership\n- Direction']);
  });
  it('unnumbered paragraphs are clauses p1, p2… and a paragraph after a numbered clause joins it', () => {
    const s = structure('Members and officers work together.\n\nThey respect each other.\n\n1. A numbered clause.\n\nA second paragraph of it.');
    expect(s.clauses.map((c) => [c.id, c.number, c.text])).toEqual([
      ['p1', null, 'Members and officers work together.'],
      ['p2', null, 'They respect each other.'],
      ['1', '1', 'A numbered clause.\nA second paragraph of it.'],
    ]);
  });
  it('markdown headings and emphasis', () => {
    const s = structure('# Member / Officer Protocol\n\n**Adopted: October 2024**\n\n## **Background:**\n\n1. This protocol assists.');
    expect(s.title).toBe('Member / Officer Protocol');
    expect(s.sections.map((x) => x.heading)).toEqual(['Background']);
    expect(s.clauses.map((c) => c.text)).toEqual(['Adopted: October 2024', 'This protocol assists.']);
  });
  it('joins a paragraph broken across lines and blank lines, and hyphenation at line ends', () => {
    const s = structure('1. The Code applies whenever Members act, claim or give the\n\nimpression to be acting for the pro-\ntocol.');
    expect(s.clauses[0]!.text).toBe('The Code applies whenever Members act, claim or give the impression to be acting for the protocol.');
  });
  it('does not take "i.e." or "e.g." for markers', () => {
    expect(numbers('1. Members, that is\ni.e. councillors, act.')).toEqual(['1']);
  });
});
