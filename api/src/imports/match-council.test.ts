import { matchCouncil } from './match-council';

const COUNCILS = [
  { id: '1', name: 'Torfaen County Borough Council', slug: 'torfaen' },
  { id: '2', name: 'Cwmbran Community Council', slug: 'cwmbran' },
  { id: '3', name: 'Pontypool Community Council', slug: 'pontypool' },
  { id: '4', name: 'Upper Pontypool Community Council', slug: 'upper-pontypool' },
];

describe('matching a file to a council by its name', () => {
  it.each([
    ['Cwmbran CC protocol 2024.pdf', 'Cwmbran Community Council'],
    ['cwmbran.docx', 'Cwmbran Community Council'],
    ['Member Officer Protocol - Torfaen County Borough Council.docx', 'Torfaen County Borough Council'],
    ['upper-pontypool.md', 'Upper Pontypool Community Council'],
    ['Upper Pontypool protocol.pdf', 'Upper Pontypool Community Council'],
    ['folder/Pontypool Community Council.txt', 'Pontypool Community Council'],
  ])('%s → %s', (file, name) => {
    const m = matchCouncil(file, COUNCILS);
    expect('council' in m && m.council.name).toBe(name);
  });
  it.each([
    ['Member Officer Protocol.docx', 'none'],
    ['Blaenavon Town Council.pdf', 'none'],
  ])('%s is not matched (%s)', (file, reason) => expect(matchCouncil(file, COUNCILS)).toMatchObject({ reason }));
});
