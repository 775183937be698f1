/**
 * The sector's terms in English and Welsh, in one place: the admin app's catalogues, the worker's
 * messages and the review sweep use these words, and tests/unit/glossary.test.ts keeps them to it
 * (every built-in role has a Welsh title; no Welsh text uses a rejected variant).
 *
 * Welsh follows the terms councils in Wales use under the Welsh Language Standards (Cod Ymddygiad
 * Enghreifftiol, Swyddog Monitro, Cyngor Cymuned, diwrnod gwaith).
 *
 * Pure data with no imports, so the admin app (a browser bundle) can import it too.
 */

export interface Term {
  en: string;
  cy: string;
}

/** Titles of the built-in roles (the council's own title, where its protocol gives one, is shown in English). */
export const ROLE_TITLES = {
  member: { en: 'Member', cy: 'Aelod' },
  co_opted_member: { en: 'Co-opted member', cy: 'Aelod cyfetholedig' },
  ward_member: { en: 'Ward member', cy: 'Aelod ward' },
  chairman: { en: 'Chair', cy: 'Cadeirydd' },
  vice_chairman: { en: 'Vice-chair', cy: 'Is-gadeirydd' },
  mayor: { en: 'Mayor', cy: 'Maer' },
  deputy_mayor: { en: 'Deputy Mayor', cy: 'Dirprwy Faer' },
  leader: { en: 'Leader of the Council', cy: 'Arweinydd y Cyngor' },
  deputy_leader: { en: 'Deputy Leader', cy: 'Dirprwy Arweinydd' },
  cabinet_member: { en: 'Cabinet member', cy: "Aelod o'r Cabinet" },
  committee_chair: { en: 'Committee chair', cy: 'Cadeirydd pwyllgor' },
  group_leader: { en: 'Group leader', cy: 'Arweinydd grŵp' },
  clerk: { en: 'Clerk', cy: 'Clerc' },
  deputy_clerk: { en: 'Deputy Clerk', cy: 'Dirprwy Glerc' },
  chief_executive: { en: 'Chief Executive', cy: 'Prif Weithredwr' },
  deputy_chief_executive: { en: 'Deputy Chief Executive', cy: 'Dirprwy Brif Weithredwr' },
  monitoring_officer: { en: 'Monitoring Officer', cy: 'Swyddog Monitro' },
  section_151_officer: { en: 'Section 151 Officer', cy: 'Swyddog Adran 151' },
  director: { en: 'Director', cy: 'Cyfarwyddwr' },
  head_of_service: { en: 'Head of Service', cy: 'Pennaeth Gwasanaeth' },
  service_manager: { en: 'Service manager', cy: 'Rheolwr gwasanaeth' },
  team_leader: { en: 'Team leader', cy: 'Arweinydd tîm' },
  line_manager: { en: 'Line manager', cy: 'Rheolwr llinell' },
  case_officer: { en: 'Case officer', cy: 'Swyddog achos' },
  democratic_services: { en: 'Democratic Services', cy: 'Gwasanaethau Democrataidd' },
  democratic_services_manager: { en: 'Democratic Services Manager', cy: 'Rheolwr Gwasanaethau Democrataidd' },
  planning_manager: { en: 'Planning manager', cy: 'Rheolwr cynllunio' },
  communications_officer: { en: 'Communications officer', cy: 'Swyddog cyfathrebu' },
  hr_officer: { en: 'HR officer', cy: 'Swyddog adnoddau dynol' },
  corporate_management_team: { en: 'Corporate Management Team', cy: 'Tîm Rheoli Corfforaethol' },
  officer: { en: 'Officer', cy: 'Swyddog' },
  full_council: { en: 'Full Council', cy: 'Y Cyngor llawn' },
  executive: { en: 'Executive', cy: 'Y Weithrediaeth' },
  standards_committee: { en: 'Standards Committee', cy: 'Pwyllgor Safonau' },
  policy_committee: { en: 'Policy committee', cy: 'Pwyllgor polisi' },
  personnel_committee: { en: 'Personnel committee', cy: 'Pwyllgor personél' },
  overview_scrutiny_committee: { en: 'Overview and Scrutiny Committee', cy: 'Pwyllgor Trosolwg a Chraffu' },
  committee: { en: 'Committee', cy: 'Pwyllgor' },
  party_group: { en: 'Political group', cy: 'Grŵp gwleidyddol' },
  ombudsman: { en: 'Ombudsman', cy: 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru' },
  principal_council_standards_committee: { en: "Principal council's Standards Committee", cy: "Pwyllgor Safonau'r prif gyngor" },
  principal_council_monitoring_officer: { en: "Principal council's Monitoring Officer", cy: "Swyddog Monitro'r prif gyngor" },
  nalc: { en: 'National Association of Local Councils', cy: 'Cymdeithas Genedlaethol y Cynghorau Lleol (NALC)' },
  slcc: { en: 'Society of Local Council Clerks', cy: 'Cymdeithas Clercod Cynghorau Lleol (SLCC)' },
  county_association: { en: 'County association of local councils', cy: 'Cymdeithas sirol y cynghorau lleol' },
  independent_mediator: { en: 'Independent mediator', cy: 'Cyfryngwr annibynnol' },
  police: { en: 'Police', cy: 'Yr Heddlu' },
} as const satisfies Record<string, Term>;

export type GlossaryRoleKey = keyof typeof ROLE_TITLES;

/** A role's title in a language: the glossary's for a built-in role, else the key made readable. */
export function roleTitleIn(locale: 'en' | 'cy', key: string): string {
  const known = (ROLE_TITLES as Record<string, Term>)[key];
  return known ? known[locale] : key.replace(/_/g, ' ');
}

/**
 * The sector's terms, with Welsh variants that are not to be used (a test reads every Welsh
 * catalogue and message for them).
 */
export const TERMS: (Term & { notCy?: string[] })[] = [
  { en: 'model protocol', cy: 'protocol enghreifftiol', notCy: ['protocol model', 'brotocol model', 'protocolau model'] },
  { en: 'politically restricted post', cy: 'swydd dan gyfyngiad gwleidyddol', notCy: ['wleidyddol gyfyngedig'] },
  { en: 'grievance procedure', cy: 'gweithdrefn achwyniadau', notCy: ['gweithdrefn gwyno'] },
  { en: 'commercially sensitive', cy: 'sensitif yn fasnachol', notCy: ['masnachol sensitif'] },
  { en: 'minor (severity)', cy: 'mân', notCy: ["'Bach'"] },
  { en: 'advice', cy: 'arweiniad', notCy: ['llwybrau cyngor', 'llwybrau cael cyngor'] },
  { en: 'handle (a matter)', cy: 'ymdrin â', notCy: ["sy'n trin", 'yn cael ei drin'] },
  { en: 'the subject of the concern', cy: 'testun y pryder', notCy: ["yw'r testun"] },
  { en: 'councils below', cy: 'cynghorau islaw', notCy: ['cynghorau oddi tano', 'cyngor oddi tano', 'cynghorau o dan'] },
  { en: 'employee', cy: 'cyflogai (cyflogeion)', notCy: ['personol gweithwyr'] },
  { en: 'saved query', cy: "chwiliad wedi'i gadw", notCy: ["ymholiadau wedi'u cadw"] },
  { en: 'not allowed', cy: 'ni chaniateir', notCy: ["'Gwrthodwyd'"] },
  { en: 'you receive this as', cy: 'anfonwyd y neges hon atoch fel', notCy: ['rydych yn cael hwn fel'] },
  { en: 'working day', cy: 'diwrnod gwaith' },
  { en: 'monitoring officer', cy: 'swyddog monitro' },
  { en: 'community council', cy: 'cyngor cymuned' },
  { en: 'exempt information', cy: 'gwybodaeth eithriedig' },
];
