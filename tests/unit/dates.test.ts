import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type * as Dates from '../../admin/src/common/dates';

// The admin app is an ES-module package that jest cannot require: its (import-free) module is transpiled here.
const file = join(__dirname, '..', '..', 'admin', 'src', 'common', 'dates.ts');
const mod = { exports: {} as typeof Dates };
new Function('exports', 'module', ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText)(mod.exports, mod);
const { formatDate, localDateText } = mod.exports;

/**
 * The admin app writes Welsh dates itself where the browser's Intl has no Welsh (Chromium's has
 * none). Node's Intl has the full CLDR data: what the app writes must be exactly what CLDR says.
 */
describe('Welsh dates written by the app', () => {
  const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i, 12)));
  const layouts: [string, Intl.DateTimeFormatOptions][] = [
    ['weekday, day, short month, year (deadline chips)', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }],
    ['long weekday and month', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }],
    ['date and time in London (timeline)', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }],
    ['numeric (lists)', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }],
  ];

  test.each(layouts)('%s: every day of 2026 as CLDR writes it', (_name, options) => {
    const mismatches = days
      .map((d) => [d.toISOString().slice(0, 10), formatDate('cy', d, options, true), formatDate('cy', d, options, false)])
      .filter(([, ours, cldr]) => ours !== cldr);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  test('the day is the one in the time zone asked for, not the machine\'s', () => {
    // 23:30 UTC on Saturday 31 October 2026 is still Saturday in London (GMT after the clocks go back)...
    const noYear: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' };
    expect(formatDate('cy', new Date('2026-10-31T23:30:00Z'), noYear, true)).toBe('Dydd Sadwrn, 31 Hydref');
    expect(formatDate('cy', new Date('2026-10-31T23:30:00Z'), noYear, false)).toBe('Dydd Sadwrn, 31 Hydref');
    // ...and 23:30 UTC on Friday 31 July is Saturday 1 August there (BST).
    expect(formatDate('cy', new Date('2026-07-31T23:30:00Z'), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' }, true)).toBe('Dydd Sadwrn, 1 Awst');
  });

  test('English is British English', () => {
    expect(formatDate('en', new Date('2026-09-02T12:00:00Z'), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).toMatch(/^Wednesday,? 2 September 2026$/);
  });
});

describe('dates inside sentences (localDateText)', () => {
  test.each([
    ['en', '2026-12-01', '1 December 2026'],
    ['cy', '2026-12-01', '1 Rhagfyr 2026'],
    ['cy', '2025-10-31', '31 Hydref 2025'],
    ['en', null, ''],
    ['cy', 'not a date', 'not a date'],
  ] as const)('%s %s → %s', (language, day, text) => {
    expect(localDateText(language, day)).toBe(text);
  });
});
