import { calendarDescription, feedEvents, feedLanguage, type FeedCase } from './calendar-text';

const kase = (extra: Partial<FeedCase> = {}): FeedCase => ({
  id: 'c1',
  reference: 'CWM-2026-0001',
  subject: 'Minutes late',
  kind: 'concern',
  classification: 'public',
  status: 'acknowledged',
  acknowledgeBy: null,
  respondBy: null,
  stepDue: '2026-12-24',
  stepIndex: 1,
  council: 'Cwmbran Community Council',
  ...extra,
});

describe('the language of a calendar feed', () => {
  test.each([
    [null, 'wales', 'cy+en'],
    [null, 'england', 'en'],
    [null, 'scotland', 'en'],
    [null, 'northern_ireland', 'en'],
    ['en', 'wales', 'en'],
    ['cy', 'wales', 'cy'],
    ['cy', 'england', 'cy'],
  ] as const)('own %p, nation %p → %p', (own, nation, want) => {
    expect(feedLanguage(own, nation)).toBe(want);
  });
});

describe('what a feed says', () => {
  test('a step saying when takes the soft mutation ("ddydd"); "erbyn" does not ("dydd")', () => {
    const [step] = feedEvents('cy', [kase()], [], 'https://x.example', false);
    expect(step.summary).toBe('Cam yn ddyledus: CWM-2026-0001 Minutes late');
    expect(step.description).toBe("Daw'r amser a ganiateir ar gyfer y cam hwn o'r pryder CWM-2026-0001 (Cwmbran Community Council) i ben ddydd Iau 24 Rhagfyr 2026.");
    const [ack] = feedEvents('cy', [kase({ status: 'open', acknowledgeBy: '2026-12-24', stepDue: null })], [], 'https://x.example', false);
    expect(ack.description).toBe('Rhaid cydnabod pryder CWM-2026-0001 (Cwmbran Community Council) erbyn dydd Iau 24 Rhagfyr 2026.');
  });

  test('bilingual: Welsh first, then English; a confidential case by reference only, in both', () => {
    const events = feedEvents('cy+en', [kase({ kind: 'enquiry', classification: 'employee_personal', stepIndex: 0, respondBy: '2026-12-24', stepDue: '2026-12-24' })], [{ councilId: 'k', council: 'Cwmbran Community Council', due: '2027-01-04' }], 'https://x.example', true);
    expect(events.map((e) => e.summary)).toEqual([
      'Ymateb yn ddyledus / Reply due: CWM-2026-0001 (cyfrinachol / confidential) — Cwmbran Community Council',
      "Adolygiad o'r protocol yn ddyledus / Protocol review due: Cwmbran Community Council",
    ]);
    expect(events[0].description).toBe(
      'Rhaid ateb ymholiad CWM-2026-0001 (Cwmbran Community Council) erbyn dydd Iau 24 Rhagfyr 2026.\n\nEnquiry CWM-2026-0001 (Cwmbran Community Council) must be answered by Thursday 24 December 2026.',
    );
    expect(events[1].description).toBe(
      "Mae protocol aelodau/swyddogion Cwmbran Community Council i'w adolygu erbyn dydd Llun 4 Ionawr 2027.\n\nThe member/officer protocol of Cwmbran Community Council is due for review on Monday 4 January 2027.",
    );
    expect(JSON.stringify(events)).not.toContain('Minutes late');
  });

  test("the calendar's description", () => {
    expect(calendarDescription('en', 'Torfaen County Borough Council', true)).toBe('Case deadlines and protocol review dates from Accord: Torfaen County Borough Council and the councils below it.');
    expect(calendarDescription('cy', 'Torfaen County Borough Council', true)).toBe("Terfynau amser achosion a dyddiadau adolygu'r protocol o Accord: Torfaen County Borough Council a'r cynghorau islaw.");
  });
});
