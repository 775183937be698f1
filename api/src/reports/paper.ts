import { dateWords } from '../publishing/published-page';
import type { Block, DocLanguage, PrintDoc } from '../publishing/document';
import type { ProtocolReport, ReportFigures } from './report.types';

/**
 * The standards committee's paper for a report (issue 14): the figures of protocolReport as
 * headings, sentences and tables, in English, or in Welsh then English for a council in Wales.
 * Rendered to PDF and Word by api/src/publishing/document.ts.
 */
const WORDS = {
  en: {
    title: 'Member–officer protocol: report to the Standards Committee',
    council: 'Council',
    period: (from: string, to: string) => `Period: ${from} to ${to} (enquiries and concerns by date of receipt).`,
    scope: (n: number) => (n === 1 ? 'This report covers one council.' : `This report covers ${n} councils.`),
    summary: 'Summary',
    figure: 'Figure',
    value: 'Value',
    enquiries: 'Enquiries received',
    acknowledgedOnTime: 'Acknowledged on time',
    answeredOnTime: 'Answered on time',
    medianAck: 'Median working days to acknowledge',
    medianAnswer: 'Median working days to answer',
    escalations: 'Escalations',
    concerns: 'Concerns raised',
    reviewsOnTime: 'Protocol reviews completed on time',
    colEnquiries: 'Enquiries',
    colMedian: 'Median working days to answer',
    colConcerns: 'Concerns',
    colReviews: 'Reviews on time',
    of: (n: number, total: number) => `${n} of ${total}`,
    share: (share: number | null) => (share === null ? '' : ` (${Math.round(share * 100)}%)`),
    none: '—',
    byCouncil: 'By council',
    byYear: 'By year',
    year: 'Year',
    concernsByKind: 'Concerns by kind',
    kind: 'Kind',
    count: 'Number',
    noConcerns: 'No concerns were raised in the period.',
    method: 'How the figures are counted',
    methodText:
      "Working days are Monday to Friday, less the bank holidays of the council's nation and the council's own closure days. The days to acknowledge or answer are the working days after the date of receipt up to and including the date of the acknowledgement or answer (an answer also acknowledges). On time means by the date the protocol set when the case was opened.",
    prepared: (on: string) => `Prepared by Accord on ${on}.`,
  },
  cy: {
    title: "Protocol aelodau a swyddogion: adroddiad i'r Pwyllgor Safonau",
    council: 'Cyngor',
    period: (from: string, to: string) => `Cyfnod: ${from} i ${to} (ymholiadau a phryderon yn ôl dyddiad eu derbyn).`,
    scope: (n: number) => (n === 1 ? "Mae'r adroddiad hwn yn ymdrin ag un cyngor." : `Mae'r adroddiad hwn yn ymdrin â ${n} o gynghorau.`),
    summary: 'Crynodeb',
    figure: 'Ffigur',
    value: 'Gwerth',
    enquiries: 'Ymholiadau a dderbyniwyd',
    acknowledgedOnTime: 'Cydnabuwyd mewn pryd',
    answeredOnTime: 'Atebwyd mewn pryd',
    medianAck: 'Canolrif y diwrnodau gwaith i gydnabod',
    medianAnswer: 'Canolrif y diwrnodau gwaith i ateb',
    escalations: 'Uwchgyfeiriadau',
    concerns: 'Pryderon a godwyd',
    reviewsOnTime: "Adolygiadau o'r protocol a gwblhawyd mewn pryd",
    colEnquiries: 'Ymholiadau',
    colMedian: 'Canolrif diwrnodau gwaith i ateb',
    colConcerns: 'Pryderon',
    colReviews: 'Adolygiadau mewn pryd',
    of: (n: number, total: number) => `${n} o ${total}`,
    share: (share: number | null) => (share === null ? '' : ` (${Math.round(share * 100)}%)`),
    none: '—',
    byCouncil: 'Fesul cyngor',
    byYear: 'Fesul blwyddyn',
    year: 'Blwyddyn',
    concernsByKind: 'Pryderon fesul math',
    kind: 'Math',
    count: 'Nifer',
    noConcerns: "Ni chodwyd unrhyw bryderon yn y cyfnod.",
    method: "Sut y cyfrifir y ffigurau",
    methodText:
      "Diwrnodau gwaith yw dydd Llun i ddydd Gwener, heb wyliau banc cenedl y cyngor na diwrnodau cau'r cyngor ei hun. Y diwrnodau i gydnabod neu ateb yw'r diwrnodau gwaith ar ôl dyddiad derbyn hyd at ddyddiad y gydnabyddiaeth neu'r ateb, gan ei gynnwys (mae ateb hefyd yn cydnabod). Mae mewn pryd yn golygu erbyn y dyddiad a osododd y protocol pan agorwyd yr achos.",
    prepared: (on: string) => `Paratowyd gan Accord ar ${on}.`,
  },
};

const median = (n: number | null, none: string) => (n === null ? none : String(Number.isInteger(n) ? n : n.toFixed(1)));

function section(lang: DocLanguage, report: ProtocolReport, council: { name: string }, today: string): Block[] {
  const w = WORDS[lang];
  const d = (s: string) => dateWords(lang, s, s);
  const t: ReportFigures = report.total;
  const blocks: Block[] = [
    { kind: 'title', text: w.title, lang },
    { kind: 'h2', text: council.name, lang },
    { kind: 'p', text: w.period(d(report.from), d(report.to)), lang },
    { kind: 'p', text: w.scope(report.councils.length), lang },
    { kind: 'h2', text: w.summary, lang },
    {
      kind: 'table',
      lang,
      header: [w.figure, w.value],
      rows: [
        [w.enquiries, String(t.enquiries)],
        [w.acknowledgedOnTime, w.of(t.acknowledgedOnTime, t.enquiries)],
        [w.answeredOnTime, w.of(t.answeredOnTime, t.answered) + w.share(t.answeredOnTimeShare)],
        [w.medianAck, median(t.medianDaysToAcknowledge, w.none)],
        [w.medianAnswer, median(t.medianDaysToAnswer, w.none)],
        [w.escalations, String(t.escalations)],
        [w.concerns, String(t.concerns)],
        [w.reviewsOnTime, w.of(t.reviewsOnTime, t.reviewsDue)],
      ],
    },
  ];
  if (report.councils.length > 1) {
    blocks.push({ kind: 'h2', text: w.byCouncil, lang });
    blocks.push({
      kind: 'table',
      lang,
      numeric: true,
      header: [w.council, w.colEnquiries, w.answeredOnTime, w.colMedian, w.escalations, w.colConcerns, w.colReviews],
      rows: report.councils.map((c) => [
        c.name,
        String(c.enquiries),
        w.of(c.answeredOnTime, c.answered),
        median(c.medianDaysToAnswer, w.none),
        String(c.escalations),
        String(c.concerns),
        w.of(c.reviewsOnTime, c.reviewsDue),
      ]),
    });
  }
  if (report.years.length > 1) {
    blocks.push({ kind: 'h2', text: w.byYear, lang });
    blocks.push({
      kind: 'table',
      lang,
      numeric: true,
      header: [w.year, w.colEnquiries, w.answeredOnTime, w.colMedian, w.escalations, w.colConcerns],
      rows: report.years.map((y) => [String(y.year), String(y.enquiries), w.of(y.answeredOnTime, y.answered), median(y.medianDaysToAnswer, w.none), String(y.escalations), String(y.concerns)]),
    });
  }
  blocks.push({ kind: 'h2', text: w.concernsByKind, lang });
  if (t.concernsByKind.length === 0) blocks.push({ kind: 'p', text: w.noConcerns, lang });
  else blocks.push({ kind: 'table', lang, numeric: true, header: [w.kind, w.count], rows: t.concernsByKind.map((k) => [k.concern.replace(/_/g, ' '), String(k.count)]) });
  blocks.push({ kind: 'h2', text: w.method, lang });
  blocks.push({ kind: 'p', text: w.methodText, lang });
  blocks.push({ kind: 'p', text: w.prepared(d(today)), lang, small: true });
  return blocks;
}

/** The paper: English, or Welsh then English (from a new page) for a council in Wales. */
export function committeePaper(report: ProtocolReport, council: { name: string; nation: string }, today: string): PrintDoc {
  const wales = council.nation === 'wales';
  const blocks = wales ? [...section('cy', report, council, today), { kind: 'pageBreak' as const }, ...section('en', report, council, today)] : section('en', report, council, today);
  return {
    title: wales ? `${WORDS.cy.title} / ${WORDS.en.title}: ${council.name}` : `${WORDS.en.title}: ${council.name}`,
    lang: wales ? 'cy' : 'en',
    author: council.name,
    blocks,
  };
}
