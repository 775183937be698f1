import type { ProtocolDocument } from '../../domain/protocol';

/**
 * An English town council's "Member / Officer Protocol (Code of Conduct)" (the demo calls it Kingsford
 * Town Council, and the "Unitary Council" its text names Westmere Council), clause by clause, numbered as
 * written. Two unnumbered passages that carry rules are clauses with made-up numbers: "adoption" (the
 * Adopted / Review lines at the top) and "after-19" (the paragraph on respect and courtesy that the text
 * prints, without a number, between clauses 19 and 20). A section heading is given on the first clause
 * under it.
 */
export const protocol: ProtocolDocument = {
  title: 'Member / Officer Protocol (Code of Conduct)',
  clauses: [
    {
      number: 'adoption',
      text: 'Adopted: October 2024\nReview: October 2025',
    },
    {
      number: '1',
      heading: 'Background',
      text: 'This protocol is intended to assist Councillors and employees in approaching some of the sensitive circumstances which arise in a challenging working environment. The reputation and integrity of the Council is significantly influenced by the effectiveness of Councillors, the Town Clerk and other staff working together to support each other\'s roles. The aim is effective and professional working relationships characterised by mutual trust, respect and courtesy; with the overriding intent to work in collaboration with respect and professionalism. Close personal familiarity should be avoided.',
    },
    {
      number: '2',
      heading: 'Roles of Councillors and Employees',
      text: 'The respective roles can be summarised as follows:\nCouncillors and Officers are servants of the public and they are indispensable to one another, but their responsibilities are distinct. Councillors are responsible to the electorate and serve only so long as their term of office lasts. Officers are responsible to the Council. Their job is to give advice to Councillors and to the Council, and to carry out the Council\'s work under the direction and control of the Council and relevant committees.',
    },
    {
      number: '3',
      heading: 'Councillors',
      text: 'Councillors have four main areas of responsibility:\n- To determine council policy and provide community leadership;\n- To monitor and review council performance in delivering services;\n- To represent the council externally; and\n- To act as advocates for their constituents.',
    },
    {
      number: '4',
      text: 'All Councillors have the same rights and obligations in their relationship with the Town Clerk and other employees, regardless of their status or political party, and should be treated equally.',
    },
    {
      number: '5',
      text: 'Councillors should not involve themselves in the day to day running of the Council. This is the Town Clerk\'s responsibility, and the Town Clerk will be acting on instructions from the Council or its Committees, within an agreed job description.',
    },
    {
      number: '6',
      heading: 'Chairman and Vice-Chairman of the Council & Committees',
      text: 'The Chairman and Vice-Chairman have additional responsibilities. These responsibilities mean that their relationships with employees may be different and more complex than those of other Councillors. However, they must still respect the impartiality of Officers and must not ask them to undertake work of a party political nature, or to do anything which would prejudice their impartiality.',
    },
    {
      number: '7',
      heading: 'Officers',
      text: 'The role of Officers is to give advice and information to Councillors and to implement the policies determined by the Council. In giving such advice to Councillors, and in preparing and presenting reports, it is the responsibility of the Officer to express their professional views and objective and evidenced recommendations. An Officer may report the views of individual Councillors on an issue, but the recommendation should be the Officer\'s professional view. If a Councillor wishes to express a contrary view, they should not pressurise the officer to make a recommendation contrary to the officer\'s professional view, nor victimise an officer for discharging their responsibilities.',
    },
    {
      number: '8',
      heading: 'Expectations',
      text: 'All Councillors can expect:\n- A commitment from Officers to the Council as a whole, and not to any individual Councillor, group of Councillors or political group;\n- A working partnership;\n- Officers to understand and support respective roles, workloads and pressures;\n- A timely response from Officers to enquiries and complaints;\n- Officer\'s professional advice, not influenced by political views or personal preferences;\n- Regular up to date information on matters that can reasonably be considered appropriate and relevant to their needs, having regard to any individual responsibilities or positions that they hold;\n- Officers to be aware of and sensitive to the public and political environment locally;\n- Respect, courtesy, integrity and appropriate confidentiality from Officers;\n- Training and development opportunities to help them carry out their role effectively;\n- Not to have personal issues raised with them by Officers outside the council\'s agreed procedures;\n- That Officers will not use their contact with Councillors to advance their personal interests or to influence decisions improperly;\n- That Officers will at all times comply with the relevant code of conduct.',
    },
    {
      number: '9',
      text: 'Officers can expect from Councillors:\n- A working partnership;\n- An understanding of, and support for, respective roles, workloads and pressures;\n- Leadership and direction;\n- Respect, professional courtesy and tone, integrity, and appropriate confidentiality;\n- Not to be used to make a political statement;\n- Not to be bullied or to be put under undue pressure;\n- That Councillors will not use their position or relationship with officers to advance their personal interests or those of others or to influence decisions improperly;\n- That Councillors will at all times comply with the council\'s adopted Code of Conduct.',
    },
    {
      number: '10',
      heading: 'Relationships between Members & Officers',
      text: 'Councillors need to remember that the Council as a whole is the Employer and that as such they are not entitled to sensitive data about individual employees unless it is within their capacity as a member of the Personnel Committee and in collaboration with an Officers line manager. All information regarding officers is strictly confidential.',
    },
    {
      number: '11',
      text: 'It is important that any dealings between Members and Officers, both written and oral, should observe professional standards of courtesy.',
    },
    {
      number: '12',
      text: 'The relationship between Members and Officers will be enhanced by effective communication. Mutual respect and the belief that Officers are providing objective professional advice to Members must not be compromised. Members and Officers should be cautious in developing close friendships.',
    },
    {
      number: '13',
      text: 'To avoid reputational damage to the Council, disagreements between Members and Officers should be acknowledged and resolved in private, rather than in public or through the media.',
    },
    {
      number: '14',
      text: 'This policy prohibits Members raising matters related to the conduct or capability of employees in public. They must be aware of the lines of accountability within service areas and must not apply pressure to an Officer to act in a manner contrary to the instructions of their line manager.',
    },
    {
      number: '15',
      text: 'Officers must not allow their personal or political opinions to influence or interfere with their work. Officers should not take part, and Members should not ask Officers to take part, in any activity which could be seen as influencing support for a political party. Officer support in these circumstances must not extend beyond providing information and advice in relation to matters of Council business.',
    },
    {
      number: '16',
      text: 'Officers must not be involved in advising Members on matters of party political business.',
    },
    {
      number: '17',
      text: 'Both Members and Officers should adhere to the rules and regulations set by Council to manage committee business, for example, Procedural Standing Orders and Committee Terms of Reference and Delegated Functions.',
    },
    {
      number: '18',
      text: 'Some Officers are in posts which are "politically restricted" by law. This means that individual postholders are prevented from carrying out any active political role either outside or inside the Council.',
    },
    {
      number: '19',
      text: 'Members should raise with the Town Clerk any concerns about the political neutrality of an Officer.',
    },
    {
      number: 'after-19',
      text: 'Officers should ensure that they provide the necessary respect and courtesy due to Members in their various roles. Equally, Members should ensure that they provide the necessary respect and courtesy due to Officers in their roles.',
    },
    {
      number: '20',
      text: 'Members should not put pressure on an Officer with regard to matters which have been delegated for Officer decision under the Scheme of Delegation to Officers. Officers should be left to make decisions that are objective and can be accounted for and are fair and consistent in their application.',
    },
    {
      number: '21',
      text: 'Members should not bring influence to bear on any Officer to take any action which is contrary to law or against the Council\'s approved procedures, including but not limited to the following procedures: a breach of Personnel procedures; conflict with standing orders; or policies.',
    },
    {
      number: '22',
      heading: 'Confidentiality',
      text: 'Both Members and Officers have access to information which has not yet been made public and is still confidential. It is a betrayal of trust to breach such confidences. Confidential information must never be disclosed or used for personal or political advantage or to the disadvantage or the discredit of the Council or anyone else. The Town Clerk will instigate any appropriate investigations into actual or alleged breaches of confidence in relation to the release of confidential information.',
    },
    {
      number: '23',
      heading: 'Political Groups',
      text: 'Party political groups have no power to require the Town Clerk or any other employee to attend group meetings or to prepare written reports for them, and employees can legitimately refuse to do so. The Town Clerk and other Officers are responsible to the Council as a whole and should not take action under instructions from any individual Councillor.',
    },
    {
      number: '24',
      heading: 'Complaints',
      text: 'Procedure for Officers: The relationship between Councillors and the Town Clerk (or other employees) may break down or become strained. Whilst it is always preferable to resolve matters informally, through conciliation by an appropriate third party, it may be necessary to adhere to the Council\'s formal Grievance Procedure.',
    },
    {
      number: '25',
      text: 'The Unitary Council\'s Monitoring Officer may be able to offer a mediation / conciliation role or it may be necessary to seek independent advice from NALC and / or the Society for Local Council Clerks.',
    },
    {
      number: '26',
      text: 'If a Councillor is dissatisfied with the conduct, behaviour, or performance of the Town Clerk or another employee, the matter should be raised with the Town Clerk in the first instance. If the matter cannot be resolved informally, it may be necessary to invoke the council\'s Disciplinary Procedure.',
    },
  ],

  roles: [
    { key: 'member', title: 'Councillor', kind: 'member', clauses: ['2', '3', '4'] },
    { key: 'chairman', title: 'Chairman', kind: 'member', clauses: ['6'] },
    { key: 'vice_chairman', title: 'Vice-Chairman', kind: 'member', clauses: ['6'] },
    { key: 'clerk', title: 'Town Clerk', kind: 'officer', clauses: ['5', '19', '22', '23', '26'] },
    // Clause 18 says "some Officers" hold politically restricted posts without naming them: a role of the
    // council's own (format 2) stands for those postholders, an officer tagged as such, and the restriction binds it.
    { key: 'officer', title: 'Officer', kind: 'officer', clauses: ['7', '15', '18'] },
    {
      key: 'politically_restricted_officer',
      title: 'Officer in a politically restricted post',
      kind: 'officer',
      builtIn: 'officer',
      politicallyRestricted: true,
      clauses: ['18'],
    },
    // Clause 24: conciliation "by an appropriate third party", whoever that is.
    { key: 'appropriate_third_party', title: 'Appropriate third party', kind: 'external', clauses: ['24'] },
    { key: 'line_manager', title: 'Line Manager', kind: 'officer', clauses: ['10', '14'] },
    { key: 'full_council', title: 'Council', kind: 'body', clauses: ['2', '10', '24', '26'] },
    { key: 'personnel_committee', title: 'Personnel Committee', kind: 'body', clauses: ['10'] },
    { key: 'party_group', title: 'Party political group', kind: 'body', clauses: ['23'] },
    {
      key: 'principal_council_monitoring_officer',
      title: 'Monitoring Officer',
      kind: 'external',
      // The text says "the Unitary Council"; Westmere Council is the demo's name for it.
      organisation: 'Westmere Council',
      clauses: ['25'],
    },
    { key: 'nalc', title: 'NALC', kind: 'external', clauses: ['25'] },
    { key: 'slcc', title: 'Society for Local Council Clerks', kind: 'external', clauses: ['25'] },
  ],

  // Clauses 8 and 9 are the council's own two lists, item by item. The items after them restate, in the
  // same shape, other rules of the text about what one side owes the other, each citing its clause.
  expectations: [
    {
      direction: 'members_from_officers',
      text: 'A commitment from Officers to the Council as a whole, and not to any individual Councillor, group of Councillors or political group',
      clauses: ['8', '23'],
    },
    { direction: 'members_from_officers', text: 'A working partnership', clauses: ['8'] },
    { direction: 'members_from_officers', text: 'Officers to understand and support respective roles, workloads and pressures', clauses: ['8'] },
    { direction: 'members_from_officers', text: 'A timely response from Officers to enquiries and complaints', clauses: ['8'] },
    { direction: 'members_from_officers', text: 'Officer’s professional advice, not influenced by political views or personal preferences', clauses: ['8', '7'] },
    {
      direction: 'members_from_officers',
      text: 'Regular up to date information on matters that can reasonably be considered appropriate and relevant to their needs, having regard to any individual responsibilities or positions that they hold',
      clauses: ['8'],
    },
    { direction: 'members_from_officers', text: 'Officers to be aware of and sensitive to the public and political environment locally', clauses: ['8'] },
    {
      direction: 'members_from_officers',
      text: 'Respect, courtesy, integrity and appropriate confidentiality from Officers',
      clauses: ['8', '11', 'after-19'],
    },
    { direction: 'members_from_officers', text: 'Training and development opportunities to help them carry out their role effectively', clauses: ['8'] },
    { direction: 'members_from_officers', text: 'Not to have personal issues raised with them by Officers outside the council’s agreed procedures', clauses: ['8'] },
    {
      direction: 'members_from_officers',
      text: 'That Officers will not use their contact with Councillors to advance their personal interests or to influence decisions improperly',
      clauses: ['8'],
    },
    { direction: 'members_from_officers', text: 'That Officers will at all times comply with the relevant code of conduct', clauses: ['8'] },

    { direction: 'officers_from_members', text: 'A working partnership', clauses: ['9'] },
    { direction: 'officers_from_members', text: 'An understanding of, and support for, respective roles, workloads and pressures', clauses: ['9'] },
    { direction: 'officers_from_members', text: 'Leadership and direction', clauses: ['9'] },
    {
      direction: 'officers_from_members',
      text: 'Respect, professional courtesy and tone, integrity, and appropriate confidentiality',
      clauses: ['9', '11', 'after-19'],
    },
    { direction: 'officers_from_members', text: 'Not to be used to make a political statement', clauses: ['9'] },
    { direction: 'officers_from_members', text: 'Not to be bullied or to be put under undue pressure', clauses: ['9'] },
    {
      direction: 'officers_from_members',
      text: 'That Councillors will not use their position or relationship with officers to advance their personal interests or those of others or to influence decisions improperly',
      clauses: ['9'],
    },
    { direction: 'officers_from_members', text: 'That Councillors will at all times comply with the council’s adopted Code of Conduct', clauses: ['9'] },

    // Restated from other clauses.
    {
      direction: 'members_from_officers',
      text: 'All Councillors are treated equally in their relationship with the Town Clerk and other employees, regardless of their status or political party',
      clauses: ['4'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers express their professional views and objective, evidenced recommendations; they may report individual Councillors’ views, but the recommendation is the Officer’s professional view',
      clauses: ['7'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers do not let personal or political opinions influence or interfere with their work, take no part in activity that could be seen as influencing support for a political party, and do not advise Members on matters of party political business',
      clauses: ['15', '16'],
    },
    { direction: 'members_from_officers', text: 'Close personal familiarity is avoided; caution in developing close friendships', clauses: ['1', '12'] },
    {
      direction: 'officers_from_members',
      text: 'Councillors do not involve themselves in the day to day running of the Council, which is the Town Clerk’s responsibility',
      clauses: ['5'],
    },
    {
      direction: 'officers_from_members',
      text: 'The Chairman and Vice-Chairman respect the impartiality of Officers and do not ask them to undertake work of a party political nature, or anything which would prejudice their impartiality',
      clauses: ['6'],
    },
    {
      direction: 'officers_from_members',
      text: 'A Councillor with a contrary view does not pressurise an officer to make a recommendation contrary to the officer’s professional view, nor victimise an officer for discharging their responsibilities',
      clauses: ['7'],
    },
    {
      direction: 'officers_from_members',
      text: 'Matters of an employee’s conduct or capability are not raised in public; disagreements are acknowledged and resolved in private, not in public or through the media',
      clauses: ['13', '14'],
    },
    {
      direction: 'officers_from_members',
      text: 'No pressure to act contrary to the instructions of their line manager, or on matters delegated for Officer decision under the Scheme of Delegation to Officers',
      clauses: ['14', '20'],
    },
    {
      direction: 'officers_from_members',
      text: 'Not to be asked to take part in any activity which could be seen as influencing support for a political party',
      clauses: ['15'],
    },
    {
      direction: 'officers_from_members',
      text: 'No influence to take any action contrary to law or against the Council’s approved procedures (Personnel procedures, standing orders, policies)',
      clauses: ['21'],
    },
    { direction: 'officers_from_members', text: 'Close personal familiarity is avoided; caution in developing close friendships', clauses: ['1', '12'] },
    // Councillors' areas of responsibility (clause 3), the rules for committee business (17), politically
    // restricted posts (18), confidentiality (22) and employees' standing towards political groups and
    // individual Councillors (23) are in `obligations`.
  ],

  chains: [
    {
      concern: 'member_about_officer',
      severity: 'any',
      steps: [
        {
          handler: 'clerk',
          action: 'informal_discussion',
          description:
            'A Councillor dissatisfied with the conduct, behaviour or performance of the Town Clerk or another employee raises it with the Town Clerk in the first instance (never in public). Concerns about the political neutrality of an Officer are also raised with the Town Clerk.',
          notify: [],
          preconditions: [],
          // "the Town Clerk or another employee ... raised with the Town Clerk in the first instance": the
          // Town Clerk takes this step even when the concern is about the Town Clerk.
          withSubjectFirst: true,
          clauses: ['14', '19', '26'],
        },
        {
          // The text names the procedure, not who runs it (format 2: a procedure handles the step).
          handledBy: { procedure: { name: 'the council’s Disciplinary Procedure' } },
          action: 'disciplinary_procedure',
          description: 'If the matter cannot be resolved informally, it may be necessary to invoke the council’s Disciplinary Procedure.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['26'],
        },
      ],
      clauses: ['14', '19', '26'],
    },
    {
      // Clause 26 names the Town Clerk as the first point even for a complaint about the Town Clerk; no
      // other handler is given.
      concern: 'about_clerk',
      severity: 'any',
      about: 'clerk',
      steps: [
        {
          handler: 'clerk',
          action: 'informal_discussion',
          description: 'A Councillor dissatisfied with the conduct, behaviour or performance of the Town Clerk raises it with the Town Clerk in the first instance.',
          notify: [],
          withSubjectFirst: true,
          preconditions: [],
          clauses: ['26'],
        },
        {
          handledBy: { procedure: { name: 'the council’s Disciplinary Procedure' } },
          action: 'disciplinary_procedure',
          description: 'If the matter cannot be resolved informally, it may be necessary to invoke the council’s Disciplinary Procedure.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['26'],
        },
      ],
      clauses: ['26'],
    },
    {
      concern: 'officer_about_member',
      severity: 'any',
      steps: [
        {
          // Clause 24 prefers conciliation by "an appropriate third party" (any); clause 25 says the Unitary
          // Council's Monitoring Officer "may be able to" offer that role: either of them (format 2, anyOf). No
          // 'relationship_breakdown' precondition: clause 24 covers a relationship that has broken down *or*
          // become strained.
          handler: 'principal_council_monitoring_officer',
          handledBy: { anyOf: [{ role: 'principal_council_monitoring_officer' }, { role: 'appropriate_third_party' }] },
          action: 'mediation',
          description:
            'Where the relationship between Councillors and the Town Clerk (or other employees) breaks down or becomes strained, it is always preferable to resolve matters informally, through conciliation by an appropriate third party. The Unitary Council’s Monitoring Officer may be able to offer a mediation / conciliation role.',
          notify: [],
          preconditions: [],
          clauses: ['24', '25'],
        },
        {
          handler: 'nalc',
          alternatives: ['slcc'],
          // "NALC and / or the Society for Local Council Clerks": either or both.
          handledBy: { anyOf: [{ role: 'nalc' }, { role: 'slcc' }] },
          action: 'advice',
          description: 'It may be necessary to seek independent advice from NALC and / or the Society for Local Council Clerks.',
          notify: [],
          preconditions: [],
          clauses: ['25'],
        },
        {
          // The text names the procedure, not who runs it.
          handledBy: { procedure: { name: 'the Council’s formal Grievance Procedure' } },
          action: 'grievance_procedure',
          description: 'It may be necessary to adhere to the Council’s formal Grievance Procedure.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['24'],
        },
      ],
      clauses: ['24', '25'],
    },
    {
      concern: 'confidentiality_breach',
      severity: 'any',
      steps: [
        {
          handler: 'clerk',
          action: 'investigate_and_report',
          description: 'The Town Clerk instigates any appropriate investigations into actual or alleged breaches of confidence in relation to the release of confidential information.',
          notify: [],
          preconditions: [],
          clauses: ['22'],
        },
      ],
      clauses: ['22'],
    },
  ],

  // The text sets no time limits ("a timely response", clause 8).
  responseStandards: [],

  accessRules: [
    {
      classification: 'employee_personal',
      // Both must hold: membership of the Personnel Committee, and the line manager's collaboration (given as
      // a need to know that the line manager decides, the grant kind nearest to "in collaboration with").
      grants: [
        {
          kind: 'committee_member',
          committee: 'personnel_committee',
          alsoRequires: [
            {
              kind: 'need_to_know',
              decidedBy: 'line_manager',
              condition: 'in collaboration with the Officer’s line manager',
            },
          ],
          description: 'Only within a Councillor’s capacity as a member of the Personnel Committee and in collaboration with the Officer’s line manager.',
        },
      ],
      description:
        'The Council as a whole is the Employer: Councillors are not entitled to sensitive data about individual employees except as a member of the Personnel Committee, in collaboration with the Officer’s line manager. All information regarding officers is strictly confidential.',
      clauses: ['10'],
    },
    {
      classification: 'confidential',
      grants: [
        { kind: 'role', role: 'member', description: 'Members have access to information which has not yet been made public and is still confidential.' },
        { kind: 'role', role: 'officer', description: 'Officers have access to information which has not yet been made public and is still confidential.' },
      ],
      // How confidential information may be used is a restriction in `obligations`.
      description: 'Information which has not yet been made public and is still confidential.',
      clauses: ['22'],
    },
  ],

  // The text allows no exceptions ("must never be disclosed", clause 22).
  disclosureExceptions: [],

  obligations: [
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'Councillors have four main areas of responsibility: to determine council policy and provide community leadership; to monitor and review council performance in delivering services; to represent the council externally; and to act as advocates for their constituents.',
      clauses: ['3'],
    },
    {
      kind: 'duty',
      appliesTo: ['member', 'officer'],
      text: 'To adhere to the rules and regulations set by Council to manage committee business, for example Procedural Standing Orders and Committee Terms of Reference and Delegated Functions.',
      clauses: ['17'],
    },
    {
      kind: 'restriction',
      appliesTo: ['politically_restricted_officer'],
      text: 'Officers in posts which are “politically restricted” by law are prevented from carrying out any active political role either outside or inside the Council.',
      clauses: ['18'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member', 'officer'],
      text: 'Confidential information must never be disclosed or used for personal or political advantage or to the disadvantage or the discredit of the Council or anyone else; breaching such confidences is a betrayal of trust.',
      clauses: ['22'],
    },
    {
      kind: 'right',
      appliesTo: ['clerk', 'officer'],
      text: 'Party political groups have no power to require the Town Clerk or any other employee to attend group meetings or to prepare written reports for them, and employees can legitimately refuse to do so.',
      clauses: ['23'],
    },
    {
      kind: 'restriction',
      appliesTo: ['clerk', 'officer'],
      text: 'The Town Clerk and other Officers are responsible to the Council as a whole and do not take action under instructions from any individual Councillor.',
      clauses: ['23'],
    },
  ],
  adviceRoutes: [],
  correspondenceRules: [],

  // GAP: the text gives months, not days ("Adopted: October 2024", "Review: October 2025"); ReviewSchedule
  // dates must be YYYY-MM-DD. The first of the month stands for the adoption month and the last day of the
  // month for the review month (so a reminder is never late). The format would need month precision (e.g.
  // 'YYYY-MM' or a `precision` field). The text does not say who adopted it, who reviews it or how often.
  review: {
    adoptedOn: '2024-10-01',
    reviewOn: '2025-10-31',
    clauses: ['adoption'],
  },
};
