import type { ProtocolDocument } from '../../domain/protocol';

/**
 * Cwmbran Community Council (a community council in Wales, within Torfaen County
 * Borough): "Code of Conduct Complaints: Member and Officer Protocol", clause by
 * clause (clauses 1 to 39, numbered as written; a section heading is given on the
 * first clause under it). The text gives no adoption date.
 */
export const protocol: ProtocolDocument = {
  title: 'Code of Conduct Complaints: Member and Officer Protocol',
  clauses: [
    {
      number: '1',
      heading: 'Introduction',
      text: 'The Code of Conduct applies whenever Members act, claim or give the impression to be acting as a member of Cwmbran Community Council.',
    },
    {
      number: '2',
      text: 'It sets out, in general terms aspects of conduct which Members must observe in carrying out official duties and which have direct relevance to relations between Members and their fellow Members and between Members and Officers.',
    },
    {
      number: '3',
      text: 'The Code also applies to a Member at any time if they conduct themself in a manner which could reasonably be regarded as bringing their office or authority into disrepute or if they use or attempt to use their position to gain an advantage for themself or any other person or if they misuse the authority’s resources.',
    },
    {
      number: '4',
      text: 'The Council’s Standing Orders confirm that all complaints relating to breaches of the Code of Conduct should be reported to the Public Services Ombudsman for Wales. The Ombudsman has the discretion to decide whether allegations of breaches of the Members’ Code of Conduct will be investigated.',
    },
    {
      number: '5',
      text: 'This Protocol sets up a framework for good working relationships between Members and between Members and Officers. It is designed to avoid the need for some complaints and/or encourage early resolution of such complaints.',
    },
    {
      number: '6',
      text: 'The Protocol will also reflect the principles underlying the Codes of Conduct which apply to Members and Officers so that together they enhance and maintain the integrity of the Council and its public reputation.',
    },
    {
      number: '7',
      heading: 'Member & Officer Relations',
      text: 'Both Members and Officers serve the public but their roles and responsibilities differ. Members represent their constituents and the wider public. Officers are responsible to the Council. They give advice to Members and the Council and carry out the Council’s work under its direction and control.',
    },
    {
      number: '8',
      text: 'Members and Officers should treat each other with respect at all times.',
    },
    {
      number: '9',
      text: 'Members can expect from Officers:-\n- Commitment to the Council as a whole and not only to one part\n- Respect and courtesy\n- The highest standards of integrity\n- Timely responses to enquiries and complaints\n- Impartial, professional advice\n- Regular up to date information that can be considered appropriate and relevant to their needs having regard to any individual responsibilities that they have and positions that they hold\n- Awareness of and sensitivity of the political environment\n- Appropriate confidentiality\n- Support for the role of Members within the arrangements made by the Council\n- That they will not use their relationship with Members to seek to advance their personal interests or to influence decisions improperly\n- Compliance with this Protocol at all times',
    },
    {
      number: '10',
      text: 'Officers can expect from Members:-\n- Respect and courtesy\n- The highest standards of integrity\n- An understanding of and support for respective roles, work loads and pressures\n- Leadership\n- Not to be subject to bullying or discrimination or to be put under undue pressure\n- That they will not use their relationship with officers to seek to advance their personal interests or those of others or to influence decisions improperly\n- Compliance with the Members’ Code of Conduct\n- Compliance with this Protocol at all times',
    },
    {
      number: '11',
      text: 'Both Members and Officers should take care not to give the impression that their distinct roles have blurred in any way. Members and Officers should therefore exercise caution in forming close, personal relationships with each other as the impression could be given that a particular Member or Officer may be able to secure advantageous treatment as a result of such a friendship.',
    },
    {
      number: '12',
      text: 'Any act against an individual Officer may be regarded as a form of bullying, intimidation or harassment if it is intended to influence unfairly that person’s actions, thoughts or deeds. Whilst this Protocol cannot give guidance on every situation where such behaviour may occur, the Council is committed to promoting professional and courteous working relationships between individuals.',
    },
    {
      number: '13',
      text: 'All dealings between Members and Officers should observe reasonable standards of courtesy and neither party should seek to take advantage of their position.',
    },
    {
      number: '14',
      text: 'If there are any occasions where Members may have reason to complain about the conduct or performance of an Officer, all such complaints should be made personally to the Clerk. It is particularly important that such complaints are made in this way and are not aired in public such as at a meeting of the Council, to other external bodies or members of the public or in the Press.',
    },
    {
      number: '15',
      text: 'Complaints about the Clerk should first be referred to the Chairman of the Council.',
    },
    {
      number: '16',
      text: 'Similarly, if there is concern by an Officer in relation to a Member’s conduct, all such concerns should be brought personally to the attention of the Clerk.',
    },
    {
      number: '17',
      text: 'All Members have the same right and obligations in their relationship with officers and should be treated equally. However, Chairs of Committees have additional responsibilities and their relationship with officers may be different, more frequent and more complex from those of members without those responsibilities. This is recognised in the expectations they are entitled to have of officers. Also, where a political group forms an administration either alone or in partnership with another group or groups, it is recognised that the relationship with officers, particularly the Clerk, will differ from that with opposition groups.',
    },
    {
      number: '18',
      heading: 'Rights & Duties of Individual Members',
      text: 'All Members have the right:-\n- To inspect documents in the possession or control of the Council\n- To attend Committee, Sub Committee, Joint Committee, policy seminars and training sessions and such meetings as are necessary for the proper performance of that Member’s duties\n- To see accounts and make copies before the Annual Audit to inspect specific books, contracts, bills etc.\n- To receive approved allowances.',
    },
    {
      number: '19',
      text: 'There are also duties on individual Members to:-\n- Abide by the Members Code of Conduct and this Protocol.\n- To disclose personal and prejudicial interests.\n- To register the receipt of any gifts and hospitality at levels determined by the Council\n- To use all reasonable endeavours to attend meetings of the Council, its Committees, sub-Committees, other events and any outside bodies to which they have been appointed and to give apologies with reason where appropriate on those occasions where the Member is unable to attend.\n- To attend and participate in opportunities for training and development including policy development.\n- To take into account advice received from officers, especially advice from the Clerk where it is given under his statutory duty.\n- To take into account any advice given by the Monitoring Officer (Torfaen County Borough Council)',
    },
    {
      number: '20',
      heading: 'Confidentiality and the Press',
      text: 'The rights for Members to inspect documents are set out in Standing Orders',
    },
    {
      number: '21',
      text: 'Any Council information provided to a Member in his/her capacity as a Member must only be used by the Member in connection with the proper performance of their duties. Confidential information should not be disclosed to the media, discussed or released to any other persons. Members should not disclose or use confidential information for the personal advantage of themselves or anyone known to them or to the disadvantage or the discredit of the Council or anyone else.',
    },
    {
      number: '22',
      text: 'Officers and Members have a responsibility to protect the Council’s reputation. Leaking of confidential information including exempt Agenda items and minutes to the media or public criticism of individual Officers by Members or of individual Members by Officers is unacceptable. There are clear requirements set out both in the Members’ Code of Conduct and in the Officer Code of Conduct regarding confidentiality.',
    },
    {
      number: '23',
      text: 'Duties of confidentiality arise when one person is provided with information by another, either orally or in writing in the expectation that the information will only be used or disclosed in accordance with the wishes of the confider. Examples of this duty are;-\n- if the relationship is inherently confidential e.g. lawyer and client\n- If the relationship is personal e.g. between colleagues in circumstances that suggest an expectation of confidentiality\n- If there is risk through identification e.g. whistle blowers',
    },
    {
      number: '24',
      text: 'The fact that information is not marked ’confidential’ does not necessarily prevent it from being confidential as this may be inferred from the subject matter and the surrounding circumstances. Confidentiality is unlikely to be established where the information is already known to a wide circle or is in the public domain. Wherever possible, officers and Members should clearly indicate in correspondence or verbally when they expect information to remain confidential to avoid confusion.',
    },
    {
      number: '25',
      text: 'Whilst this Protocol is not aimed in any way at restricting a Member’s freedom of speech or right to contact the media, Members must distinguish between acceptable levels of political debate and unacceptable or derogatory personal comments or remarks when they comment on particular issues. Comments to the Press should not challenge the integrity and good faith of other Members or be based on inaccurate information offered without due regard or attempt to establish the facts.',
    },
    {
      number: '26',
      heading: 'Correspondence & e-mails',
      text: 'All correspondence, including e-mails between an individual Member and an Officer should not normally be copied (by the Officer) to any other Member or other organisation, except to the Committee Chair responsible for that area of work where appropriate. Where it is necessary to copy the correspondence to another Member this should normally be made clear to the original Member, before any correspondence is sent.',
    },
    {
      number: '27',
      text: 'Correspondence including e-mails between an individual Member and an Officer should not be copied by the Member to the media or other organisations. Officers other than the Clerk should not contact the Press and comply with the requirements of the Officers’ Code of Conduct.',
    },
    {
      number: '28',
      text: 'Local government should promote openness and transparency so information should not be disseminated secretly. E-mails to and from Members should not be blind copied, without declaring to whom the Email has been copied.',
    },
    {
      number: '29',
      text: 'Members who do not use the council’s IT equipment must nevertheless comply with the Council’s ICT security policy, and this Protocol.',
    },
    {
      number: '30',
      heading: 'Involvement of Ward Members',
      text: 'Much of what the Council does requires effective communication between everyone who may be affected. Ward Members especially are concerned to know and be involved in matters that affect their Ward. Where Members raise specific concerns which may involve ward level issues other than their own, it is expected that the Ward Member/s is/are to be notified.',
    },
    {
      number: '31',
      heading: 'Attendance by Members at Meetings Arranged by Officers',
      text: 'Members are free to request a meeting with the Clerk to discuss aspects of the Council’s business, bearing in mind the reasonable calls of the Clerk’s other duties.',
    },
    {
      number: '32',
      text: 'Officers will arrange many meetings with colleagues or third parties to discharge the routine business of the Council or to action its decisions. The convention is that Members will not be present at these meetings but will be advised either informally or through reports to Committees of any relevant discussions and/or outcomes. There may be occasions where a Member may be invited to attend such a meeting by the appropriate Officer or by a resolution of a Committee.',
    },
    {
      number: '33',
      text: 'Members may request meetings with Officers and bring third parties to that meeting by agreement with officers.',
    },
    {
      number: '34',
      heading: 'Breaches of the Protocol',
      text: 'Allegations by an Officer of a specific breach of this Protocol by a Member should be made to the Clerk to the Council. It is hoped that any potential problems may be resolved by early discussion between the Members involved and the Clerk. If this does not prove possible the Clerk may, take advice from the Monitoring Officer at Torfaen County Borough Council.',
    },
    {
      number: '35',
      text: 'The Clerk will decide whether disciplinary procedures are appropriate in the case of alleged breach of this Protocol by Officers.',
    },
    {
      number: '36',
      text: 'Allegations by a Member of a specific breach of this Protocol by another Member should be made to the Clerk to the Council. It is hoped that any potential problems may be resolved by early discussion between the Members involved and the Clerk. If this does not prove possible the Clerk may, take advice from the Monitoring Officer at Torfaen County Borough Council.',
    },
    {
      number: '37',
      heading: 'Training, Briefing & Advice',
      text: 'Joint training and briefings for the operation of this Protocol for Members and Officers will be arranged as required and overseen by the Policy & Finance Committee.',
    },
    {
      number: '38',
      text: 'The Clerk to the Council will give advice on the interpretation and operation of this Protocol.',
    },
    {
      number: '39',
      heading: 'Review',
      text: 'The operation of this Protocol will be regularly monitored and reviewed by the Policy & Finance Committee with particular reference to findings on breaches, and recommendations made to Council for amendment where necessary.',
    },
  ],

  roles: [
    { key: 'member', title: 'Member', kind: 'member', clauses: ['1', '3', '17', '18', '19'] },
    { key: 'chairman', title: 'Chairman of the Council', kind: 'member', clauses: ['15'] },
    { key: 'committee_chair', title: 'Committee Chair', kind: 'member', clauses: ['17', '26'] },
    { key: 'ward_member', title: 'Ward Member', kind: 'member', clauses: ['30'] },
    { key: 'clerk', title: 'Clerk to the Council', kind: 'officer', clauses: ['14', '15', '16', '27', '31', '34', '35', '36', '38'] },
    { key: 'officer', title: 'Officer', kind: 'officer', clauses: ['7', '9', '10'] },
    { key: 'full_council', title: 'Council', kind: 'body', clauses: ['39'] },
    { key: 'policy_committee', title: 'Policy & Finance Committee', kind: 'body', clauses: ['37', '39'] },
    {
      key: 'principal_council_monitoring_officer',
      title: 'Monitoring Officer',
      kind: 'external',
      organisation: 'Torfaen County Borough Council',
      clauses: ['19', '34', '36'],
    },
    { key: 'ombudsman', title: 'Public Services Ombudsman for Wales', kind: 'external', clauses: ['4'] },
  ],

  // Clauses 9 and 10 are the council's own two lists, item by item. The items after them restate, in the
  // same shape, other rules of the text about what one side owes the other, each citing its clause.
  expectations: [
    { direction: 'members_from_officers', text: 'Commitment to the Council as a whole and not only to one part', clauses: ['9'] },
    { direction: 'members_from_officers', text: 'Respect and courtesy', clauses: ['9', '8', '13'] },
    { direction: 'members_from_officers', text: 'The highest standards of integrity', clauses: ['9'] },
    { direction: 'members_from_officers', text: 'Timely responses to enquiries and complaints', clauses: ['9'] },
    { direction: 'members_from_officers', text: 'Impartial, professional advice', clauses: ['9'] },
    {
      direction: 'members_from_officers',
      text: 'Regular up to date information that can be considered appropriate and relevant to their needs having regard to any individual responsibilities that they have and positions that they hold',
      clauses: ['9'],
    },
    { direction: 'members_from_officers', text: 'Awareness of and sensitivity of the political environment', clauses: ['9'] },
    { direction: 'members_from_officers', text: 'Appropriate confidentiality', clauses: ['9'] },
    { direction: 'members_from_officers', text: 'Support for the role of Members within the arrangements made by the Council', clauses: ['9'] },
    {
      direction: 'members_from_officers',
      text: 'That they will not use their relationship with Members to seek to advance their personal interests or to influence decisions improperly',
      clauses: ['9', '13'],
    },
    { direction: 'members_from_officers', text: 'Compliance with this Protocol at all times', clauses: ['9'] },

    { direction: 'officers_from_members', text: 'Respect and courtesy', clauses: ['10', '8', '13'] },
    { direction: 'officers_from_members', text: 'The highest standards of integrity', clauses: ['10'] },
    { direction: 'officers_from_members', text: 'An understanding of and support for respective roles, work loads and pressures', clauses: ['10'] },
    { direction: 'officers_from_members', text: 'Leadership', clauses: ['10'] },
    {
      direction: 'officers_from_members',
      text: 'Not to be subject to bullying or discrimination or to be put under undue pressure (any act against an individual Officer intended to influence unfairly their actions, thoughts or deeds may be regarded as bullying, intimidation or harassment)',
      clauses: ['10', '12'],
    },
    {
      direction: 'officers_from_members',
      text: 'That they will not use their relationship with officers to seek to advance their personal interests or those of others or to influence decisions improperly',
      clauses: ['10', '13'],
    },
    { direction: 'officers_from_members', text: 'Compliance with the Members’ Code of Conduct', clauses: ['10'] },
    { direction: 'officers_from_members', text: 'Compliance with this Protocol at all times', clauses: ['10'] },

    // Restated from other clauses.
    { direction: 'members_from_officers', text: 'All Members are treated equally in their relationship with officers', clauses: ['17'] },
    { direction: 'members_from_officers', text: 'No public criticism of individual Members by Officers', clauses: ['22'] },
    {
      direction: 'members_from_officers',
      text: 'Caution in forming close, personal relationships, so that their distinct roles are not seen to blur',
      clauses: ['11'],
    },
    {
      direction: 'officers_from_members',
      text: 'Complaints about the conduct or performance of an Officer are made personally to the Clerk and not aired in public (at a meeting of the Council, to other external bodies or members of the public, or in the Press)',
      clauses: ['14'],
    },
    { direction: 'officers_from_members', text: 'No public criticism of individual Officers by Members', clauses: ['22'] },
    {
      direction: 'officers_from_members',
      text: 'Caution in forming close, personal relationships, so that their distinct roles are not seen to blur',
      clauses: ['11'],
    },
    // Members' duties to take officers' advice into account (clause 19) and their rights to ask for meetings
    // (clauses 31, 33) are in `obligations`.
  ],

  chains: [
    {
      concern: 'code_of_conduct',
      severity: 'any',
      steps: [
        {
          handler: 'ombudsman',
          action: 'formal_complaint',
          description:
            'All complaints relating to breaches of the Code of Conduct are reported to the Public Services Ombudsman for Wales, who has the discretion to decide whether the allegations will be investigated.',
          notify: [],
          preconditions: [],
          clauses: ['4'],
        },
      ],
      externalBody: 'ombudsman',
      clauses: ['4'],
    },
    {
      concern: 'member_about_officer',
      severity: 'any',
      steps: [
        {
          handler: 'clerk',
          // Clause 15: a complaint about the Clerk goes first to the Chairman of the Council.
          alternatives: ['chairman'],
          action: 'raise_concern',
          description:
            'A Member’s complaint about the conduct or performance of an Officer is made personally to the Clerk, and not aired in public (at a meeting of the Council, to other external bodies or members of the public, or in the Press). A complaint about the Clerk is referred first to the Chairman of the Council.',
          notify: [],
          preconditions: [],
          clauses: ['14', '15'],
        },
        {
          handler: 'clerk',
          action: 'decision',
          description: 'The Clerk decides whether disciplinary procedures are appropriate in the case of an alleged breach of this Protocol by an Officer.',
          notify: [],
          preconditions: [],
          clauses: ['35'],
        },
      ],
      clauses: ['14', '15', '35'],
    },
    {
      concern: 'about_clerk',
      severity: 'any',
      about: 'clerk',
      // Clause 15 says complaints about the Clerk go "first" to the Chairman; the text names no later step.
      steps: [
        {
          handler: 'chairman',
          action: 'raise_concern',
          description: 'Complaints about the Clerk are first referred to the Chairman of the Council.',
          notify: [],
          preconditions: [],
          clauses: ['15'],
        },
      ],
      clauses: ['15'],
    },
    {
      concern: 'officer_about_member',
      severity: 'any',
      steps: [
        {
          handler: 'clerk',
          action: 'informal_discussion',
          description:
            'An Officer’s concern about a Member’s conduct, including an allegation of a specific breach of this Protocol, is brought personally to the attention of the Clerk to the Council; it is hoped it can be resolved by early discussion between the Members involved and the Clerk.',
          notify: [],
          preconditions: [],
          clauses: ['16', '34'],
        },
        {
          handler: 'principal_council_monitoring_officer',
          action: 'advice',
          description: 'If early discussion does not resolve it, the Clerk may take advice from the Monitoring Officer at Torfaen County Borough Council.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['34'],
        },
      ],
      clauses: ['16', '34'],
    },
    {
      concern: 'member_about_member',
      severity: 'any',
      steps: [
        {
          handler: 'clerk',
          action: 'informal_discussion',
          description:
            'An allegation by a Member of a specific breach of this Protocol by another Member is made to the Clerk to the Council; it is hoped it can be resolved by early discussion between the Members involved and the Clerk.',
          notify: [],
          preconditions: [],
          clauses: ['36'],
        },
        {
          handler: 'principal_council_monitoring_officer',
          action: 'advice',
          description: 'If early discussion does not resolve it, the Clerk may take advice from the Monitoring Officer at Torfaen County Borough Council.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['36'],
        },
      ],
      clauses: ['36'],
    },
  ],

  // The text sets no time limits ("timely responses", clause 9).
  responseStandards: [],

  // The restrictions on using information (clauses 21, 22) and the duty to say when information is to stay
  // confidential (clause 24) are in `obligations`.
  // Clauses 23-24 say when information is confidential (a duty of confidentiality arises from the confider's
  // expectation; examples; it may be inferred though not marked): the rule's `covers`.
  accessRules: [
    {
      classification: 'confidential',
      covers:
        'Information provided by one person to another in the expectation that it will only be used or disclosed in accordance with the wishes of the confider: where the relationship is inherently confidential (lawyer and client), personal (colleagues, in circumstances that suggest an expectation of confidentiality), or there is risk through identification (whistle blowers). It may be confidential though not marked ‘confidential’, inferred from its subject matter and the surrounding circumstances.',
      grants: [
        {
          kind: 'role',
          role: 'member',
          description: 'All Members have the right to inspect documents in the possession or control of the Council, as set out in Standing Orders.',
        },
      ],
      description:
        'Duties of confidentiality arise when one person is provided with information by another, orally or in writing, in the expectation that it will only be used or disclosed in accordance with the wishes of the confider: e.g. where the relationship is inherently confidential (lawyer and client), personal (colleagues, in circumstances that suggest an expectation of confidentiality), or there is risk through identification (whistle blowers). Information may be confidential though not marked ‘confidential’, inferred from its subject matter and the surrounding circumstances.',
      clauses: ['18', '20', '23', '24'],
    },
    {
      classification: 'exempt',
      grants: [
        {
          kind: 'role',
          role: 'member',
          description: 'All Members have the right to inspect documents in the possession or control of the Council, as set out in Standing Orders.',
        },
      ],
      description: 'Exempt Agenda items and minutes are confidential information.',
      clauses: ['18', '20', '22'],
    },
  ],

  disclosureExceptions: [
    {
      key: 'already_public',
      description: 'Confidentiality is unlikely to be established where the information is already known to a wide circle or is in the public domain.',
      clauses: ['24'],
    },
  ],

  // Duties, rights and restrictions the text states outside the two expectation lists. Clause 18's right to
  // inspect documents is in accessRules.
  obligations: [
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'Abide by the Members’ Code of Conduct and this Protocol. The Code applies whenever Members act, claim or give the impression to be acting as a member of Cwmbran Community Council, and sets out aspects of conduct Members must observe in carrying out official duties.',
      clauses: ['1', '2', '19'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'At any time, the Code also applies if a Member conducts themself in a manner which could reasonably be regarded as bringing their office or authority into disrepute, uses or attempts to use their position to gain an advantage for themself or any other person, or misuses the authority’s resources.',
      clauses: ['3'],
    },
    {
      kind: 'right',
      appliesTo: ['member'],
      text: 'To attend Committee, Sub Committee, Joint Committee, policy seminars and training sessions and such meetings as are necessary for the proper performance of that Member’s duties.',
      clauses: ['18'],
    },
    {
      kind: 'right',
      appliesTo: ['member'],
      text: 'To see accounts and make copies before the Annual Audit, to inspect specific books, contracts, bills etc.',
      clauses: ['18'],
    },
    { kind: 'right', appliesTo: ['member'], text: 'To receive approved allowances.', clauses: ['18'] },
    { kind: 'disclosure', appliesTo: ['member'], text: 'To disclose personal and prejudicial interests.', clauses: ['19'] },
    // The text does not name the register.
    { kind: 'disclosure', appliesTo: ['member'], text: 'To register the receipt of any gifts and hospitality at levels determined by the Council.', clauses: ['19'] },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'To use all reasonable endeavours to attend meetings of the Council, its Committees, sub-Committees, other events and any outside bodies to which they have been appointed, and to give apologies with reason where appropriate when unable to attend.',
      clauses: ['19'],
    },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'To attend and participate in opportunities for training and development, including policy development.',
      clauses: ['19'],
    },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'To take into account advice received from officers, especially advice from the Clerk where it is given under his statutory duty.',
      clauses: ['19'],
    },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'To take into account any advice given by the Monitoring Officer (Torfaen County Borough Council).',
      clauses: ['19'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'Council information provided to a Member in their capacity as a Member is used only in connection with the proper performance of their duties.',
      clauses: ['21'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'Confidential information is not disclosed to the media, discussed or released to any other persons, and is not disclosed or used for the personal advantage of the Member or anyone known to them, or to the disadvantage or the discredit of the Council or anyone else.',
      clauses: ['21'],
    },
    { kind: 'duty', appliesTo: ['member', 'officer'], text: 'To protect the Council’s reputation.', clauses: ['22'] },
    {
      kind: 'restriction',
      appliesTo: ['member', 'officer'],
      text: 'No leaking of confidential information, including exempt Agenda items and minutes, to the media.',
      clauses: ['22'],
    },
    {
      kind: 'duty',
      appliesTo: ['member', 'officer'],
      text: 'Wherever possible, to indicate clearly in correspondence or verbally when they expect information to remain confidential, to avoid confusion.',
      clauses: ['24'],
    },
    {
      kind: 'right',
      appliesTo: ['member'],
      text: 'Freedom of speech and the right to contact the media, which this Protocol does not aim to restrict.',
      clauses: ['25'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'When commenting on particular issues, to distinguish between acceptable levels of political debate and unacceptable or derogatory personal comments or remarks; comments to the Press do not challenge the integrity and good faith of other Members, and are not based on inaccurate information offered without due regard or attempt to establish the facts.',
      clauses: ['25'],
    },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'Members who do not use the council’s IT equipment must nevertheless comply with the Council’s ICT security policy and this Protocol.',
      clauses: ['29'],
    },
    {
      kind: 'right',
      appliesTo: ['member'],
      text: 'To request a meeting with the Clerk to discuss aspects of the Council’s business, bearing in mind the reasonable calls of the Clerk’s other duties.',
      clauses: ['31'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'By convention, Members are not present at the meetings Officers arrange with colleagues or third parties to discharge the routine business of the Council or to action its decisions, unless invited by the appropriate Officer or by a resolution of a Committee.',
      clauses: ['32'],
    },
    {
      kind: 'duty',
      appliesTo: ['officer'],
      text: 'To advise Members, either informally or through reports to Committees, of any relevant discussions and/or outcomes of the meetings Officers arrange.',
      clauses: ['32'],
    },
    {
      kind: 'right',
      appliesTo: ['member'],
      text: 'To request meetings with Officers, and to bring third parties to such a meeting by agreement with officers.',
      clauses: ['33'],
    },
    {
      kind: 'duty',
      appliesTo: ['policy_committee'],
      text: 'To oversee joint training and briefings for Members and Officers on the operation of this Protocol, arranged as required.',
      clauses: ['37'],
    },
  ],

  adviceRoutes: [
    {
      topic: 'interpretation',
      description: 'The Clerk to the Council gives advice on the interpretation and operation of this Protocol.',
      advisers: ['clerk'],
      clauses: ['38'],
    },
  ],

  correspondenceRules: [
    {
      key: 'copy_member_letter_with_notice_or_consent',
      // Clause 26: copies may go to the Committee Chair responsible for that area of work, where appropriate.
      exceptRoles: ['committee_chair'],
      description:
        'Correspondence, including e-mails, between an individual Member and an Officer is not normally copied by the Officer to any other Member or other organisation, except to the Committee Chair responsible for that area of work where appropriate. Where it is necessary to copy it to another Member, this is normally made clear to the original Member before any correspondence is sent.',
      clauses: ['26'],
    },
    {
      key: 'no_blind_copies',
      description: 'Information is not disseminated secretly: e-mails to and from Members are not blind copied without declaring to whom the e-mail has been copied.',
      clauses: ['28'],
    },
    {
      key: 'ward_members_notified',
      description: 'Where Members raise specific concerns which may involve ward level issues other than their own, the Ward Member(s) are expected to be notified.',
      clauses: ['30'],
    },
    {
      key: 'no_copies_to_media',
      description: 'Correspondence, including e-mails, between an individual Member and an Officer is not copied by the Member to the media or other organisations.',
      clauses: ['27'],
    },
    {
      key: 'press_contact_through_clerk',
      description: 'Officers other than the Clerk do not contact the Press, and comply with the requirements of the Officers’ Code of Conduct.',
      clauses: ['27'],
    },
  ],

  // Clause 39: "regularly" monitored and reviewed by the Policy & Finance Committee, which makes
  // recommendations to Council for amendment; no interval or date is given, and no adoption date.
  // The review is "with particular reference to findings on breaches" (the schedule's focus).
  review: {
    reviewingBody: 'policy_committee',
    focus: 'with particular reference to findings on breaches',
    amendedBy: 'full_council',
    clauses: ['39'],
  },
};
