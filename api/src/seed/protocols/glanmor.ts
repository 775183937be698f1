import type { ProtocolDocument } from '../../domain/protocol';

/**
 * A Welsh county council's "Protocol on Member/Officer Relations" (the demo calls the council Glanmor
 * County Council; the text does not name it), clause by clause. Numbers are as written, including the
 * text's own slips: "9.3.1" sits in the Introduction between 1.1 and 1.2, "9.3.4" follows 9.4.3 under
 * Media, and there is no 9.3. A numbered line that is only a heading ("4. Dealing with Disputes") is a
 * clause whose text is its heading. The text gives no adoption or review dates.
 */
export const protocol: ProtocolDocument = {
  title: 'Protocol on Member/Officer Relations',
  clauses: [
    {
      number: '1.0',
      heading: 'Introduction',
      text: 'Introduction',
    },
    {
      number: '1.1',
      text: 'The general principles of good Member/Officer relations is based on mutual trust and respect and consideration for others. Good working relationships between Members and Officers leads to good decision making, enhanced performance, confidence and community leadership. Mutual respect between Officers and Members is essential to good local government and working relationships should be kept on a professional basis and conducted in a positive and constructive way. It is important that any dealings between Members and Officers should observe standards of courtesy',
    },
    {
      number: '9.3.1',
      text: 'Members are bound by the Code of Conduct and Nolan Principles and are expected to maintain the highest standard of ethical behaviour when acting in their capacity as a Member and, in certain circumstances, at all times. Officers are bound by the Code of Conduct (Qualifying Local Government Officers) (Wales) Order 2001 which provides that the public is entitled to expect the highest standards of conduct from Officers. When performing their duties Officers must act with integrity, honesty, impartiality and objectivity. It is essential that both are familiar with the detailed obligations in their respective Codes of Conduct which will prevail in the event of any conflict between the Codes and this Protocol.',
    },
    {
      number: '1.2',
      text: 'The relationship has to function without compromising the ultimate responsibilities of Officers to the Council as a whole, and with due regard to such technical, financial, professional and legal advice that Officers can legitimately provide to Members.',
    },
    {
      number: '1.3',
      text: 'To support high performance it is essential that both Members and Officers know and respect their different roles and perspectives.',
    },
    {
      number: '1.4',
      text: 'The Protocol seeks to set a framework that assists the working relationships between Members and Officers.',
    },
    {
      number: '2.0',
      heading: 'Roles of Members',
      text: 'Roles of Members',
    },
    {
      number: '2.1',
      text: 'Members undertake many different roles. Broadly these are:',
    },
    {
      number: '2.1.1',
      text: 'Members express political values and support the policies of the party or group to which they belong (if any).',
    },
    {
      number: '2.1.2',
      text: 'Members are responsible to the electorate. Members undertake important community work within their ward and act as community advocates. They also deal with individual casework within their wards..',
    },
    {
      number: '2.1.3',
      text: 'Members are involved in active partnerships with other organisations as community leaders.',
    },
    {
      number: '2.1.4',
      text: 'Members contribute to the decisions taken in Full Council and in its various bodies on which they serve, as well as joint committees, outside bodies and partnership organisations.',
    },
    {
      number: '2.1.5',
      text: 'Members help develop and review policy and strategy.',
    },
    {
      number: '2.1.6',
      text: 'Members held develop, monitor and review policy implementation and service quality.',
    },
    {
      number: '2.1.7',
      text: 'Some Members are also involved in quasi-judicial decisions when sitting on regulatory committees such as planning and licensing. Other Members will have responsibility for holding the Cabinet to account and scrutinising the performance of the council. Those Members who form part of the Cabinet will undertake the majority of the Council’s functions and will decide policy and make policy decisions',
    },
    {
      number: '3',
      heading: 'Roles of Officers',
      text: 'Roles of Officers',
    },
    {
      number: '3.1',
      text: 'Officers have the following main roles:',
    },
    {
      number: '3.1.1',
      text: 'Officers are responsible to the Council and answerable to their managers, Heads of Service/Corporate Directors and ultimately the Chief Executive. Their role is to give impartial advice to all Members and to implement decisions, agreed policy and corporate priorities. Officers have operational responsibilities as set out in the scheme of delegation and Constitution and are responsible for day to day management and being accountable for the efficiency and effectiveness of their services.',
    },
    {
      number: '3.1.2',
      text: 'The Member Code of Conduct provides that Members must reach decisions having regard to any relevant advice from Officers. In providing advice Officers are free to give their professional advice wherever appropriate. Such advice should be clear, impartial and timely.',
    },
    {
      number: '3.1.3',
      text: 'Responsibility for drafting reports to committees, providing advice and, where appropriate, setting out options for decision making',
    },
    {
      number: '3.1.4',
      text: 'Initiating policy proposals and Implementing agreed policy',
    },
    {
      number: '3.1.5',
      text: 'Ensuring that the Council always acts in a lawful manner.',
    },
    {
      number: '4',
      heading: 'Dealing with Disputes',
      text: 'Dealing with Disputes',
    },
    {
      number: '4.1',
      text: 'Members should not raise matters relating to the conduct or capability of an Officer in a public forum. This will include all meetings at which the public are present whether in person or via remote means. An Officer has no means of responding to such criticism in public.',
    },
    {
      number: '4.2',
      text: 'If a Member feels that he/she has not been treated with respect, courtesy or has a concern about the conduct or capability of an Officer then the Member should raise it with the relevant Head of Service/Corporate Director or Chief Executive.',
    },
    {
      number: '4.3',
      text: 'There will be an expectation that the Member will also raise with their Group Leader any concerns about Officer conduct.',
    },
    {
      number: '4.4',
      text: 'The appropriate officer will look into the matter and report back to the Member.',
    },
    {
      number: '4.5',
      text: 'Where it is felt that there is a breakdown in the relationship between both the Officer and the Member then with the consent of all parties the Chief Executive and Group Leader may resolve to consider mediation as a way forward. Any action taken against an Officer will be in accordance with the Council’s relevant HR policies and upon advice of HR Officers.',
    },
    {
      number: '4.6',
      text: 'An Officer should not raise with a Member matters relating to the conduct or capability of another Officer or the internal management of their section in a manner which is incompatible with the overall objectives of this Protocol.',
    },
    {
      number: '4.7',
      text: 'If an Officer feels that he/she has not been properly treated with respect and courtesy by a Member he/she should raise the matter with his/her Head of Service who will notify the relevant Director. Depending on the nature of the complaint, the relevant Head of Service or Director will speak to the Member with a view to facilitating resolution of any issues that have arisen between the Member and Officer.',
    },
    {
      number: '4.8',
      text: 'If the Member has a Group Leader the Head of Service/Director will also notify the Group Leader that a complaint has been made.',
    },
    {
      number: '4.9',
      text: 'There will be an expectation that both parties will, in the spirit of this Protocol, engage in meaningful discussions to resolve any issues amicably. If the matter cannot be resolved at the initial stage by the Head of Service or Director then the relevant Political Group Leaders and the Chief Executive will seek to resolve by mediation and conciliation any unresolved problem or breakdown in working relationships between Members and Officers.',
    },
    {
      number: '4.10',
      text: 'Both parties will be expected to agree to and engage with mediation with a view to resolving the matter.',
    },
    {
      number: '4.11',
      text: 'If the alleged misconduct is of a serious nature the matter should be reported to the Monitoring Officer who will discuss initially with the Chief Executive and then, if appropriate, with the Corporate Directors Group as to whether it is appropriate for referral to the Public Service Ombudsman for Wales.',
    },
    {
      number: '4.12',
      text: 'In their dealings with Officers, Members should recognise and have regard to the Council’s role as employer. Members should be aware that Officers could rely on inappropriate behaviour of a Member in an employment case against the Council.',
    },
    {
      number: '5',
      heading: 'Respect and Courtesy',
      text: 'Respect and Courtesy',
    },
    {
      number: '5.1',
      text: 'For the effective conduct of Council business there must be mutual respect, trust and courtesy in all meetings and contacts, both formal and informal, between Members and Officers. This plays a very important part in the Council’s reputation and how it is seen in public. It is very important that both Members and Officers remember their respective obligations to enhance the Council’s reputation and to do what they can to avoid criticism of other Members, or other Officers, in public places.',
    },
    {
      number: '5.2',
      heading: 'Undue Pressure',
      text: 'Undue Pressure',
    },
    {
      number: '5.2.1.1',
      text: 'It is important in any dealings between Members and Officers that neither should seek to take unfair advantage of their position.',
    },
    {
      number: '5.2.1.2',
      text: 'In their dealings with Officers (especially junior Officers) Members need to be aware that it is easy for them to be overawed and feel at a disadvantage. Such feelings can be intensified where Members hold senior official and/or political office.',
    },
    {
      number: '5.2.1.3',
      text: 'A Member should not apply undue pressure on an Employee either to do anything that he is not empowered to do or to undertake work outside normal duties or outside normal hours. Particular care needs to be taken in connection with the use of Council property and services.',
    },
    {
      number: '5.2.1.4',
      text: 'Similarly, an Employee must neither seek to use undue influence on an individual Member to make a decision in his favour, nor raise personal matters to do with their job, nor make claims or allegations about other Officers. (The Council has formal procedures for consultation, grievance and discipline, and Officers have the right to report possible wrongdoing under the Council’s Confidential Reporting Code.)',
    },
    {
      number: '5.3',
      heading: 'Familiarity',
      text: 'Familiarity',
    },
    {
      number: '5.3.1',
      text: 'Close personal familiarity between individual Members and Officers can damage the principle of mutual respect. It could also, intentionally or accidentally, lead to the passing of confidential information or information which should not properly be passed between them, such as personal details.',
    },
    {
      number: '5.3.2',
      text: 'Such familiarity could also cause embarrassment to other Members and/or other Officers and even give rise to suspicions of favouritism.',
    },
    {
      number: '5.3.3',
      text: 'For these reasons close personal familiarity must be avoided.',
    },
    {
      number: '6',
      heading: 'Provision of Advice and Information to Members',
      text: 'Provision of Advice and Information to Members',
    },
    {
      number: '6.1',
      text: 'In discharging their duties and responsibilities, Officers serve the Council as a whole and not any political group, combination of groups or any individual Member of the Council. Members should respect the political neutrality and integrity of Officers.',
    },
    {
      number: '6.2',
      text: 'Members are free to approach Officers of the Council to provide them with such information and advice as they may reasonably need in order to assist them in discharging their role as a Member of the Council. This can range from a request for general information about some aspect of the Council’s activities to a request for specific information on behalf of a constituent. Such requests must be reasonable and not seek information relating, for instance, to case work of a similar nature, e.g. Social Services, employment etc. Requests will be met subject to any overriding legal considerations (which will be determined by the Monitoring Officer), or if the recipient of any request considers the cost of providing the information requested or the nature of the request to be unreasonable. If a Member requesting such information is dissatisfied by such a response s/he should raise the matter in the first place with the relevant Corporate Director, and if still dissatisfied should raise the matter with the Chief Executive who will discuss the issue with the relevant Group Leader(s).',
    },
    {
      number: '6.3',
      text: 'Officers should always endeavour to respond to requests for information promptly and should in any event inform the Member if there is likely to be any appreciable delay in dealing with an enquiry. As a minimum the timescale for responding to correspondence should be observed ie either a full response or, if this is not possible, an acknowledgement that fully explains what is happening within five working days of the receipt of the enquiry.',
    },
    {
      number: '6.4',
      text: 'The legal rights of Members to inspect Council documents are covered partly by statute and partly by common law. The Access to Information Procedure Rules and Scrutiny Procedure Rules of the Constitution explain the position with regard to access to papers relating to the business of a Member body. The exercise of the common law right depends upon a Member’s ability to demonstrate a “need to know”. In this respect a Member has no right to “a roving commission” to examine any documents of the Council. Mere curiosity is not sufficient. Members may be entitled under the Freedom of Information Act 2000 to receive information which falls outside their common law rights based on the “need to know”. Officers are encouraged to supply documents to Members without the need for a formal FOI request if it is apparent from the Member’s enquiry that any individual would be entitled to receive such documentation.',
    },
    {
      number: '6.5',
      text: 'It is important for Services and their staff to keep Members informed both about the major issues concerning the Council and, more specifically, about issues and events affecting the area that they represent. Whenever a public meeting is organised by the Council to consider a local issue, all the Members representing the Ward or Wards affected should as a matter of course, be invited to attend the meeting. Any publicity afforded to Cabinet members on visits to wards may include Ward members as well as Cabinet members as long as the provisions of the Code of Recommended Practice for Local Authority Publicity is taken into account.',
    },
    {
      number: '6.6',
      text: 'If a Member asks for specific information relating to the work of a particular Service, and it appears possible or likely that at a subsequent meeting an issue could be raised or question asked on the basis of the information provided, then the appropriate Cabinet Member or Committee Chair concerned should be advised about the information provided.',
    },
    {
      number: '6.7',
      text: 'Officers have to advise Members from time to time that a certain course of action cannot be carried out. Members sometimes assume that this is a case of Officers deliberately obstructing the wishes of politicians. In fact this is hardly ever the case. Officers are employed to give unbiased professional advice even if it is not what Members want to hear. They do this as much for the protection of Members as for any other reason. However, the mark of an effective Officer is that if they do have to give negative advice, this will be accompanied by suggestions as to how Members might achieve some or all of their objectives in other ways. Such Officers are invaluable to any Council.',
    },
    {
      number: '7',
      heading: 'Relationship between Officers and Cabinet Members',
      text: 'Relationship between Officers and Cabinet Members',
    },
    {
      number: '7.1',
      text: 'It is clearly important that there should be a close working relationship between Cabinet members and the Officers who support and/or interact with them. However, such relationships should never be allowed to become so close, or appear to be so close, as to bring into question the Officer’s ability to deal impartially with other Members and other party groups.',
    },
    {
      number: '7.2',
      text: 'Whilst Cabinet Members will routinely be consulted as part of the process of drawing up proposals for consideration or the agenda for a forthcoming meeting, it must be recognised that in some situations an Officer will be under a professional or statutory duty to submit a report. Similarly, a Head of Service or other senior Officer will always be fully responsible for the contents of any report submitted in his/her name. This means that any such report will be amended only where the amendment reflects the professional judgement of the author of the report. This is to be distinguished from a situation where there is a value judgement to be made. Any issues arising between a Cabinet Member and a Head of Service in this area should be referred to the Chief Executive for resolution in conjunction with the Leader of the Council.',
    },
    {
      number: '7.3',
      text: 'Where functions which are the responsibility of the Cabinet are delegated to Officers or other structures outside the Cabinet, the Cabinet will nevertheless remain accountable to the Council, for the discharge of those functions. That is to say, the Cabinet will be held to account for both its decision to delegate a function and the way that the function is being carried out.',
    },
    {
      number: '7.4',
      text: 'The Council has in place mechanisms/protocols which ensure that (as with the Council, its Committees and Sub Committees, and the Cabinet and its Committees) or an individual Cabinet Member seeks advice from relevant Officers before taking a decision within her or his delegated authority. This includes taking legal advice, financial advice and professional officer advice (particularly about contractual matters) as well as consulting the Monitoring Officer where there is doubt about vires.',
    },
    {
      number: '8',
      heading: 'Confidentiality',
      text: 'Confidentiality',
    },
    {
      number: '8.1',
      text: 'In accordance with the Code of Conduct for Members, a Member must not disclose information given to him/her in confidence by anyone, or information acquired which he/she believes, or ought reasonably to be aware, is of a confidential nature, except where:',
    },
    {
      number: '8.1.1',
      text: 'he/she has the consent of a person authorised to give it;',
    },
    {
      number: '8.1.2',
      text: 'he/she is required by law to do so;',
    },
    {
      number: '8.1.3',
      text: 'the disclosure is made to a third party for the purpose of obtaining professional advice provided that the third party agrees not to disclose the information to any other person; or',
    },
    {
      number: '8.1.4',
      text: 'the disclosure is: reasonable and in the public interest; and made in good faith and in compliance with the reasonable requirements of the authority.',
    },
    {
      number: '8.2',
      text: 'Confidential Committee papers are to be treated as confidential information unless the relevant Committee resolves not to exclude press and public. Members are reminded that the author of the report makes the initial decision as to whether or not the papers are to be treated as confidential. The decision as to whether they remain confidential is for the Committee. Other information may be confidential because to disclose it would be against the Council’s or the public interest. Information may also be confidential because of the circumstances in which it was obtained.',
    },
    {
      number: '8.3',
      text: 'Information and correspondence about an individual’s private or business affairs will normally be confidential.',
    },
    {
      number: '8.4',
      text: 'Officers should make it clear to Members if they are giving them confidential information. If a Member is not sure whether information is confidential, he or she should ask the relevant Officer, but treat the information as confidential in the meantime.',
    },
    {
      number: '8.5',
      text: 'Any Council information provided to a Member must only be used by the Member in connection with the proper performance of the Member’s duties as a Member of the Council.',
    },
    {
      number: '8.6',
      text: 'If a Member receives confidential information and considers it should be disclosed to another person because it is reasonable and in the public interest to do so then he or she must first consult with the Monitoring Officer and shall not disclose the information without having regard to any advice given by that Officer.',
    },
    {
      number: '9',
      heading: 'Provision of Support Services to Members',
      text: 'Provision of Support Services to Members',
    },
    {
      number: '9.1',
      text: 'The only basis on which the Council can lawfully provide support services (eg stationery, word processing, printing, photocopying, transport, etc) to Members is to assist them in discharging their role as Members of the Council. Such support services must therefore only be used on Council business. They should never be used in connection with party political or campaigning activity or for private purposes.',
    },
    {
      number: '9.2',
      heading: 'Correspondence',
      text: 'Correspondence',
    },
    {
      number: '9.2.1',
      text: 'Official letters on behalf of the Council should be sent in the name of the appropriate Employee, rather than over the name of a Member. There are circumstances where a letter sent in the name of a Member is perfectly appropriate, for example, in response to a letter of enquiry or complaint sent direct to that Member. Letters which, for example, create obligations or give instructions on behalf of the Council should never be sent out in the name of a Member.',
    },
    {
      number: '9.2.2',
      text: 'Correspondence between an individual Member and an Officer should not normally be copied (by the Officer) to any other Member. Where exceptionally it is necessary to copy the correspondence to another Member, this should be made clear to the original Member. A system of ‘silent copies’ should not be employed',
    },
    {
      number: '9.4',
      heading: 'Media',
      text: 'Media',
    },
    {
      number: '9.4.1',
      text: 'Local authorities are accountable to their electorate. Accountability requires local understanding. This will be promoted by the Authority, explaining its objectives and policies to the electors and rate-payers. In recent years, all local authorities have increasingly used publicity to keep the public informed and to encourage public participation. Every Council needs to tell the public about the services it provides. Increasingly, local authorities see this task as an essential part of providing services. Good, effective publicity aimed to improve public awareness of a Council’s activities is, in the words of the Government, to be welcomed.',
    },
    {
      number: '9.4.2',
      text: 'Publicity is, however, a sensitive matter in any political environment because of the impact it can have. Expenditure on publicity can be significant. It is essential, therefore, to ensure that local authority decisions on publicity are properly made in accordance with clear principles of good practice.',
    },
    {
      number: '9.4.3',
      text: 'The Local Authority is prohibited by s 2 Local Government Act 1986 from publishing or assisting to publish material which appears to be designed to affect public support for a political party. Welsh Government have published a Code of Recommended Practice for Local Authority Publicity which Officers and Members should have regard to in making decisions around publicity. If in any doubt the Chief Executive or Monitoring Officer should be consulted. Particular care should be taken during the pre-election period around publicity',
    },
    {
      number: '9.3.4',
      text: 'Communication with the media can be an important part of a Member’s workload. In general, Members provide comment and views while Officers provide factual information. If a Member is unsure about the circumstances of a particular issue he should contact the appropriate head of service or director.',
    },
    {
      number: '10',
      heading: 'Political Restrictions',
      text: 'Political Restrictions',
    },
    {
      number: '10.1',
      text: 'There are a number of constraints that apply to an employee who occupies a post that is designated as “politically restricted” under the terms of the Local Government and Housing Act 1989. In summary, such Officers are prevented from:',
    },
    {
      number: '10.1.1',
      text: 'being a Member of Parliament, Member of the Senedd or local authority;',
    },
    {
      number: '10.1.2',
      text: 'acting as an election agent or sub-agent for a candidate for election as a Member of any the bodies referred to in 10.1.1 being an Officer of a political party or any branch of a political party or a Member of any committee or sub-committee of such a party or branch, if his duties would be likely to require him to participate in the general management of the party or branch; or act on behalf of the party or branch in dealings with persons other than Members of the party;',
    },
    {
      number: '10.1.3',
      text: 'canvassing on behalf of a political party or a candidate for election to any the bodies referred to in 10.1.1;',
    },
    {
      number: '10.1.4',
      text: 'speaking to the public with the apparent intent of affecting public support for a political party; and',
    },
    {
      number: '10.1.5',
      text: 'publishing any written or artistic work of which he is the author (or one of the authors) or acting in an editorial capacity in relation to such works, or to cause, authorise or permit any other person to publish such work or collection - if the work appears to be intended to affect public support for a political party.',
    },
    {
      number: '11',
      heading: 'Conclusion',
      text: 'Conclusion',
    },
    {
      number: '11.1',
      text: 'It is hoped that, by following good practice and securing sensible and practical working relationships between Members and Officers, we can provide one of the cornerstones of a successful local authority and thereby enhance the delivery of high value quality services to the people of the area. Mutual understanding, openness and respect are the greatest safeguard of the integrity of the Council, its Members and Officers.',
    },
  ],

  roles: [
    { key: 'member', title: 'Member', kind: 'member', clauses: ['2.1', '9.3.1'] },
    { key: 'ward_member', title: 'Ward Member', kind: 'member', clauses: ['2.1.2', '6.5'] },
    { key: 'cabinet_member', title: 'Cabinet Member', kind: 'member', clauses: ['2.1.7', '6.6', '7.1', '7.2', '7.4'] },
    { key: 'committee_chair', title: 'Committee Chair', kind: 'member', clauses: ['6.6'] },
    { key: 'leader', title: 'Leader of the Council', kind: 'member', clauses: ['7.2'] },
    { key: 'group_leader', title: 'Group Leader', kind: 'member', clauses: ['4.3', '4.5', '4.8', '4.9', '6.2'] },
    // Clause 10.1 applies to "an employee who occupies a post that is designated as politically restricted"
    // without naming the posts: a role of the council's own (format 2) stands for those postholders, an
    // officer marked restricted, and the constraints 10.1.1-10.1.5 bind it.
    { key: 'officer', title: 'Officer', kind: 'officer', clauses: ['3.1', '3.1.1', '6.1', '10.1'] },
    {
      key: 'politically_restricted_officer',
      title: 'Employee in a politically restricted post',
      kind: 'officer',
      builtIn: 'officer',
      politicallyRestricted: true,
      clauses: ['10.1'],
    },
    { key: 'head_of_service', title: 'Head of Service', kind: 'officer', clauses: ['3.1.1', '4.2', '4.7', '4.8', '7.2', '9.3.4'] },
    { key: 'director', title: 'Corporate Director', kind: 'officer', clauses: ['3.1.1', '4.2', '4.7', '4.8', '6.2', '9.3.4'] },
    { key: 'chief_executive', title: 'Chief Executive', kind: 'officer', clauses: ['3.1.1', '4.2', '4.5', '4.9', '4.11', '6.2', '7.2', '9.4.3'] },
    { key: 'monitoring_officer', title: 'Monitoring Officer', kind: 'officer', clauses: ['4.11', '6.2', '7.4', '8.6', '9.4.3'] },
    { key: 'corporate_management_team', title: 'Corporate Directors Group', kind: 'officer', clauses: ['4.11'] },
    { key: 'hr_officer', title: 'HR Officers', kind: 'officer', clauses: ['4.5'] },
    { key: 'full_council', title: 'Full Council', kind: 'body', clauses: ['2.1.4', '7.3'] },
    { key: 'executive', title: 'Cabinet', kind: 'body', clauses: ['2.1.7', '7.3'] },
    { key: 'committee', title: 'Committee', kind: 'body', clauses: ['8.2'] },
    { key: 'party_group', title: 'Political Group', kind: 'body', clauses: ['2.1.1', '6.1'] },
    { key: 'ombudsman', title: 'Public Service Ombudsman for Wales', kind: 'external', clauses: ['4.11'] },
  ],

  // The text has no "members can expect" / "officers can expect" lists. These items restate its rules
  // about what one side owes the other, close to its wording, each citing its clause(s).
  expectations: [
    {
      direction: 'members_from_officers',
      text: 'Mutual respect, trust and courtesy in all meetings and contacts, formal and informal',
      clauses: ['1.1', '5.1'],
    },
    { direction: 'members_from_officers', text: 'Impartial advice to all Members', clauses: ['3.1.1'] },
    { direction: 'members_from_officers', text: 'Professional advice that is clear, impartial and timely, even if it is not what Members want to hear', clauses: ['3.1.2', '6.7'] },
    {
      direction: 'members_from_officers',
      text: 'Where negative advice has to be given, suggestions as to how Members might achieve some or all of their objectives in other ways',
      clauses: ['6.7'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers serve the Council as a whole and not any political group, combination of groups or any individual Member',
      clauses: ['1.2', '6.1'],
    },
    {
      direction: 'members_from_officers',
      text: 'Close working relationships with Cabinet Members never so close, or appearing so close, as to question the Officer’s ability to deal impartially with other Members and party groups',
      clauses: ['7.1'],
    },
    {
      direction: 'members_from_officers',
      text: 'Prompt responses to requests for information',
      clauses: ['6.3'],
    },
    {
      direction: 'members_from_officers',
      text: 'To be kept informed about the major issues concerning the Council and about issues and events affecting the area they represent',
      clauses: ['6.5'],
    },
    { direction: 'members_from_officers', text: 'Officers make it clear when they are giving Members confidential information', clauses: ['8.4'] },
    {
      direction: 'members_from_officers',
      text: 'An Employee does not seek to use undue influence on a Member to make a decision in their favour, raise personal matters to do with their job, or make claims or allegations about other Officers, nor raise the conduct or capability of another Officer or the internal management of their section in a manner incompatible with this Protocol',
      clauses: ['5.2.1.4', '4.6'],
    },
    { direction: 'members_from_officers', text: 'Neither side seeks to take unfair advantage of their position', clauses: ['5.2.1.1'] },
    { direction: 'members_from_officers', text: 'Close personal familiarity is avoided', clauses: ['5.3.1', '5.3.2', '5.3.3'] },
    { direction: 'members_from_officers', text: 'Officers do what they can to avoid criticism of Members in public places', clauses: ['5.1'] },

    {
      direction: 'officers_from_members',
      text: 'Mutual respect, trust and courtesy in all meetings and contacts, formal and informal',
      clauses: ['1.1', '5.1'],
    },
    {
      direction: 'officers_from_members',
      text: 'Neither side seeks to take unfair advantage of their position; Members are aware that Officers, especially junior Officers, can easily be overawed',
      clauses: ['5.2.1.1', '5.2.1.2'],
    },
    {
      direction: 'officers_from_members',
      text: 'No undue pressure to do anything they are not empowered to do, or to undertake work outside normal duties or outside normal hours',
      clauses: ['5.2.1.3'],
    },
    {
      direction: 'officers_from_members',
      text: 'Matters relating to an Officer’s conduct or capability are not raised in a public forum, including any meeting at which the public are present in person or remotely',
      clauses: ['4.1'],
    },
    { direction: 'officers_from_members', text: 'Members respect the political neutrality and integrity of Officers', clauses: ['6.1'] },
    { direction: 'officers_from_members', text: 'Members reach decisions having regard to any relevant advice from Officers', clauses: ['3.1.2'] },
    {
      direction: 'officers_from_members',
      text: 'Members recognise and have regard to the Council’s role as employer',
      clauses: ['4.12'],
    },
    {
      direction: 'officers_from_members',
      text: 'A report submitted in an Officer’s name is amended only where the amendment reflects the professional judgement of its author',
      clauses: ['7.2'],
    },
    { direction: 'officers_from_members', text: 'Close personal familiarity is avoided', clauses: ['5.3.1', '5.3.2', '5.3.3'] },
    { direction: 'officers_from_members', text: 'Members do what they can to avoid criticism of Officers in public places', clauses: ['5.1'] },
    // Duties, rights and restrictions stated outside what one side owes the other (the Codes, information
    // requests, confidentiality, support services, publicity, political restrictions) are in `obligations`;
    // where Members and Cabinet Members are to seek advice, in `adviceRoutes`.
  ],

  chains: [
    {
      concern: 'member_about_officer',
      severity: 'any',
      steps: [
        {
          handler: 'head_of_service',
          alternatives: ['director', 'chief_executive'],
          action: 'investigate_and_report',
          description:
            'A Member who feels they have not been treated with respect or courtesy, or has a concern about the conduct or capability of an Officer, raises it (never in a public forum) with the relevant Head of Service/Corporate Director or Chief Executive, who looks into the matter and reports back to the Member. The Member is expected also to raise concerns about Officer conduct with their Group Leader.',
          notify: ['group_leader'],
          preconditions: [],
          clauses: ['4.1', '4.2', '4.3', '4.4'],
        },
        {
          // Clause 4.5's second sentence (action against an Officer follows the Council's HR policies, on the
          // advice of HR Officers) is an advice route.
          handler: 'chief_executive',
          jointWith: ['group_leader'],
          action: 'mediation',
          description:
            'Where it is felt that there is a breakdown in the relationship between the Officer and the Member, the Chief Executive and the Group Leader may, with the consent of all parties, resolve to consider mediation as a way forward.',
          notify: [],
          preconditions: ['relationship_breakdown', 'consent_of_all_parties'],
          clauses: ['4.5'],
        },
      ],
      clauses: ['4.1', '4.2', '4.3', '4.4', '4.5'],
    },
    {
      concern: 'officer_about_member',
      severity: 'any',
      // The parties' duty to discuss and to engage with mediation (4.9, 4.10) is in `obligations`.
      steps: [
        {
          handler: 'head_of_service',
          alternatives: ['director'],
          action: 'informal_discussion',
          description:
            'An Officer who feels they have not been properly treated with respect and courtesy by a Member raises it with their Head of Service, who notifies the relevant Director. Depending on the nature of the complaint, the Head of Service or Director speaks to the Member with a view to facilitating resolution of any issues between the Member and Officer and, if the Member has a Group Leader, notifies the Group Leader that a complaint has been made.',
          notify: ['director'],
          mayNotify: ['group_leader'],
          preconditions: [],
          clauses: ['4.7', '4.8'],
        },
        {
          handler: 'chief_executive',
          jointWith: ['group_leader'],
          action: 'mediation',
          description:
            'If the matter cannot be resolved at the initial stage by the Head of Service or Director, the relevant Political Group Leaders and the Chief Executive seek to resolve the unresolved problem or breakdown in working relationships by mediation and conciliation.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['4.9'],
        },
        {
          handler: 'monitoring_officer',
          action: 'referral',
          description:
            'Alleged misconduct of a serious nature is reported to the Monitoring Officer, who discusses it first with the Chief Executive and then, if appropriate, with the Corporate Directors Group, as to whether referral to the Public Service Ombudsman for Wales is appropriate.',
          notify: [],
          consult: ['chief_executive', 'corporate_management_team'],
          preconditions: ['serious_only'],
          clauses: ['4.11'],
        },
      ],
      seriousStartsAt: 2,
      externalBody: 'ombudsman',
      clauses: ['4.7', '4.8', '4.9', '4.11'],
    },
    {
      concern: 'information_request_refused',
      severity: 'any',
      steps: [
        {
          handler: 'director',
          action: 'raise_concern',
          description:
            'A Member dissatisfied with the response to a request for information (which is met subject to any overriding legal considerations, determined by the Monitoring Officer, or unless the recipient considers its cost or nature unreasonable) raises it first with the relevant Corporate Director.',
          notify: [],
          preconditions: [],
          clauses: ['6.2'],
        },
        {
          handler: 'chief_executive',
          action: 'raise_concern',
          description: 'If still dissatisfied, the Member raises it with the Chief Executive, who discusses the issue with the relevant Group Leader(s).',
          notify: [],
          consult: ['group_leader'],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['6.2'],
        },
      ],
      clauses: ['6.2'],
    },
    {
      concern: 'report_content_dispute',
      severity: 'any',
      steps: [
        {
          handler: 'chief_executive',
          jointWith: ['leader'],
          action: 'decision',
          description:
            'Any issue arising between a Cabinet Member and a Head of Service over the contents of a report submitted in the Head of Service’s name (for which they are fully responsible) is referred to the Chief Executive for resolution in conjunction with the Leader of the Council.',
          notify: [],
          preconditions: [],
          clauses: ['7.2'],
        },
      ],
      clauses: ['7.2'],
    },
  ],

  responseStandards: [
    {
      category: 'general_correspondence',
      handler: 'officer',
      acknowledgeWithinDays: 5,
      escalateTo: [],
      extension: {
        terms: ['explanation'],
        description: 'If a full response is not possible within five working days of receipt, an acknowledgement that fully explains what is happening.',
      },
      description: 'As a minimum, the timescale for responding to correspondence is observed: within five working days of receipt, either a full response or an acknowledgement.',
      clauses: ['6.3'],
    },
    {
      category: 'information_request',
      handler: 'officer',
      acknowledgeWithinDays: 5,
      escalateTo: [],
      extension: {
        terms: ['early_notice', 'explanation'],
        description:
          'Officers inform the Member if there is likely to be any appreciable delay in dealing with an enquiry; if a full response is not possible within five working days of receipt, an acknowledgement that fully explains what is happening.',
      },
      description:
        'Officers endeavour to respond to requests for information promptly; as a minimum the correspondence timescale applies (a full response or an acknowledgement within five working days of receipt).',
      clauses: ['6.2', '6.3'],
    },
  ],

  // Clause 6.4 leaves statutory access to the Constitution's Access to Information Procedure Rules and
  // Scrutiny Procedure Rules: the 'committee_member' and 'overview_scrutiny' grants follow them (`under`).
  // Clause 8.2 says who classifies a paper: its author first (an officer); the Committee decides whether it
  // remains confidential (`classifiedBy`, `declassifiedBy`). The restrictions on using confidential
  // information (8.1, 8.5) and what to do when unsure (8.4) are in `obligations` and `adviceRoutes`.
  // Need to know is "decided by" the Monitoring Officer because 6.2 gives the Monitoring Officer the
  // "overriding legal considerations" on Members' requests; 6.4 itself names no one.
  accessRules: [
    {
      classification: 'confidential',
      classifiedBy: ['officer'],
      declassifiedBy: ['committee'],
      grants: [
        {
          kind: 'committee_member',
          under: 'the Access to Information Procedure Rules of the Constitution',
          description: 'Statutory access to papers relating to the business of a Member body, as the Access to Information Procedure Rules of the Constitution set out.',
        },
        { kind: 'overview_scrutiny', under: 'the Scrutiny Procedure Rules of the Constitution', description: 'As the Scrutiny Procedure Rules of the Constitution set out.' },
        {
          kind: 'need_to_know',
          decidedBy: 'monitoring_officer',
          description: 'The common law right depends on a Member demonstrating a “need to know”: no “roving commission” to examine any documents of the Council; mere curiosity is not sufficient.',
        },
      ],
      description:
        'Confidential Committee papers are treated as confidential unless the relevant Committee resolves not to exclude press and public; the report’s author makes the initial decision and the Committee decides whether they remain confidential. Other information may be confidential because disclosure would be against the Council’s or the public interest, or because of how it was obtained.',
      clauses: ['6.2', '6.4', '8.2'],
    },
    // Clauses 6.4 and 8.2: a committee's exempt papers are its confidential papers, with the same grounds of access.
    {
      classification: 'exempt',
      classifiedBy: ['officer'],
      declassifiedBy: ['committee'],
      grants: [
        {
          kind: 'committee_member',
          under: 'the Access to Information Procedure Rules of the Constitution',
          description: 'Statutory access to papers relating to the business of a Member body, as the Access to Information Procedure Rules of the Constitution set out.',
        },
        { kind: 'overview_scrutiny', under: 'the Scrutiny Procedure Rules of the Constitution', description: 'As the Scrutiny Procedure Rules of the Constitution set out.' },
        {
          kind: 'need_to_know',
          decidedBy: 'monitoring_officer',
          description: 'The common law right depends on a Member demonstrating a “need to know”: no “roving commission” to examine any documents of the Council; mere curiosity is not sufficient.',
        },
      ],
      description:
        'Exempt Committee papers (those from which press and public are excluded) are confidential Committee papers: treated as confidential unless the relevant Committee resolves not to exclude press and public. Confidential Committee papers are treated as confidential unless the relevant Committee resolves not to exclude press and public; the report’s author makes the initial decision and the Committee decides whether they remain confidential. Other information may be confidential because disclosure would be against the Council’s or the public interest, or because of how it was obtained.',
      clauses: ['6.2', '6.4', '8.2'],
    },
    {
      classification: 'employee_personal',
      grants: [{ kind: 'need_to_know', decidedBy: 'monitoring_officer', description: 'The common law “need to know”; mere curiosity is not sufficient.' }],
      description: 'Information and correspondence about an individual’s private affairs will normally be confidential.',
      clauses: ['6.2', '6.4', '8.3'],
    },
    {
      classification: 'commercially_sensitive',
      grants: [{ kind: 'need_to_know', decidedBy: 'monitoring_officer', description: 'The common law “need to know”; mere curiosity is not sufficient.' }],
      description: 'Information and correspondence about an individual’s business affairs will normally be confidential.',
      clauses: ['6.2', '6.4', '8.3'],
    },
    {
      classification: 'public',
      grants: [
        {
          kind: 'anyone',
          description:
            'Information any individual would be entitled to under the Freedom of Information Act 2000; officers are encouraged to supply it to Members without a formal FOI request.',
        },
      ],
      description: 'Members may be entitled under the Freedom of Information Act 2000 to information outside their common law “need to know”.',
      clauses: ['6.4'],
    },
  ],

  disclosureExceptions: [
    { key: 'consent', description: 'The Member has the consent of a person authorised to give it.', clauses: ['8.1', '8.1.1'] },
    { key: 'required_by_law', description: 'The Member is required by law to disclose it.', clauses: ['8.1', '8.1.2'] },
    {
      key: 'professional_advice',
      description: 'Disclosure to a third party to obtain professional advice, provided the third party agrees not to disclose the information to any other person.',
      clauses: ['8.1', '8.1.3'],
    },
    {
      key: 'public_interest',
      description:
        'Disclosure that is reasonable and in the public interest, made in good faith and in compliance with the reasonable requirements of the authority. The Member must first consult the Monitoring Officer and not disclose without having regard to their advice.',
      consult: 'monitoring_officer',
      clauses: ['8.1', '8.1.4', '8.6'],
    },
  ],

  obligations: [
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'Members are bound by the Code of Conduct and the Nolan Principles, and are expected to maintain the highest standard of ethical behaviour when acting in their capacity as a Member and, in certain circumstances, at all times.',
      clauses: ['9.3.1'],
    },
    {
      kind: 'duty',
      appliesTo: ['officer'],
      text: 'Officers are bound by the Code of Conduct (Qualifying Local Government Officers) (Wales) Order 2001; when performing their duties they act with integrity, honesty, impartiality and objectivity.',
      clauses: ['9.3.1'],
    },
    {
      kind: 'duty',
      appliesTo: ['member', 'officer'],
      text: 'To be familiar with the detailed obligations in their respective Codes of Conduct, which prevail in the event of any conflict between the Codes and this Protocol.',
      clauses: ['9.3.1'],
    },
    {
      kind: 'duty',
      appliesTo: ['member', 'officer'],
      text: 'When an Officer has raised a concern about a Member, both parties engage, in the spirit of this Protocol, in meaningful discussions to resolve any issues amicably, and agree to and engage with mediation with a view to resolving the matter.',
      clauses: ['4.9', '4.10'],
    },
    {
      kind: 'right',
      appliesTo: ['officer'],
      text: 'To report possible wrongdoing under the Council’s Confidential Reporting Code.',
      clauses: ['5.2.1.4'],
    },
    {
      kind: 'right',
      appliesTo: ['member'],
      text: 'To approach Officers of the Council for such information and advice as they may reasonably need to assist them in discharging their role as a Member, from general information about some aspect of the Council’s activities to specific information on behalf of a constituent.',
      clauses: ['6.2'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'Requests for information must be reasonable and not seek information relating, for instance, to case work of a similar nature (e.g. Social Services, employment).',
      clauses: ['6.2'],
    },
    {
      kind: 'duty',
      appliesTo: ['officer'],
      text: 'Whenever the Council organises a public meeting to consider a local issue, all the Members representing the Ward or Wards affected are, as a matter of course, invited to attend. Publicity for Cabinet members on visits to wards may include the Ward members as well, taking into account the Code of Recommended Practice for Local Authority Publicity.',
      clauses: ['6.5'],
    },
    {
      kind: 'duty',
      appliesTo: ['officer'],
      text: 'If a Member asks for specific information relating to the work of a particular Service, and it appears possible or likely that an issue could be raised or a question asked at a subsequent meeting on the basis of it, the appropriate Cabinet Member or Committee Chair concerned is advised about the information provided.',
      reportTo: ['cabinet_member', 'committee_chair'],
      clauses: ['6.6'],
    },
    {
      kind: 'duty',
      appliesTo: ['executive'],
      text: 'Where functions which are the responsibility of the Cabinet are delegated to Officers or other structures outside the Cabinet, the Cabinet remains accountable to the Council for their discharge: for both its decision to delegate a function and the way the function is carried out.',
      clauses: ['7.3'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'A Member must not disclose information given to them in confidence by anyone, or information acquired which they believe, or ought reasonably to be aware, is of a confidential nature, except in the cases of clauses 8.1.1 to 8.1.4.',
      clauses: ['8.1'],
    },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'A Member who is not sure whether information is confidential treats it as confidential in the meantime.',
      clauses: ['8.4'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'Any Council information provided to a Member is used only in connection with the proper performance of the Member’s duties as a Member of the Council.',
      clauses: ['8.5'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'Support services the Council provides to Members (e.g. stationery, word processing, printing, photocopying, transport) are used only on Council business, and never in connection with party political or campaigning activity or for private purposes.',
      clauses: ['9.1'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member', 'officer'],
      text: 'The Local Authority is prohibited by s 2 Local Government Act 1986 from publishing or assisting to publish material which appears to be designed to affect public support for a political party.',
      clauses: ['9.4.3'],
    },
    {
      kind: 'duty',
      appliesTo: ['member', 'officer'],
      text: 'To have regard to the Welsh Government’s Code of Recommended Practice for Local Authority Publicity in making decisions around publicity, taking particular care during the pre-election period.',
      clauses: ['9.4.3'],
    },
    // Clause 10.1: these bind only employees in posts designated "politically restricted" under the Local
    // Government and Housing Act 1989, which the text does not name (see the 'politically_restricted_officer' role).
    {
      kind: 'restriction',
      appliesTo: ['politically_restricted_officer'],
      text: 'An employee in a politically restricted post is prevented from being a Member of Parliament, Member of the Senedd or local authority.',
      clauses: ['10.1', '10.1.1'],
    },
    {
      kind: 'restriction',
      appliesTo: ['politically_restricted_officer'],
      text: 'An employee in a politically restricted post is prevented from acting as an election agent or sub-agent for a candidate for election to any of the bodies in 10.1.1, and from being an Officer of a political party or any branch of one, or a Member of any committee or sub-committee of such a party or branch, if their duties would be likely to require them to participate in the general management of the party or branch, or to act on its behalf in dealings with persons other than Members of the party.',
      clauses: ['10.1', '10.1.2'],
    },
    {
      kind: 'restriction',
      appliesTo: ['politically_restricted_officer'],
      text: 'An employee in a politically restricted post is prevented from canvassing on behalf of a political party or a candidate for election to any of the bodies in 10.1.1.',
      clauses: ['10.1', '10.1.3'],
    },
    {
      kind: 'restriction',
      appliesTo: ['politically_restricted_officer'],
      text: 'An employee in a politically restricted post is prevented from speaking to the public with the apparent intent of affecting public support for a political party.',
      clauses: ['10.1', '10.1.4'],
    },
    {
      kind: 'restriction',
      appliesTo: ['politically_restricted_officer'],
      text: 'An employee in a politically restricted post is prevented from publishing any written or artistic work of which they are an author, or acting in an editorial capacity in relation to such works, or causing, authorising or permitting any other person to publish such work or collection, if the work appears to be intended to affect public support for a political party.',
      clauses: ['10.1', '10.1.5'],
    },
  ],

  adviceRoutes: [
    {
      topic: 'action_against_officer',
      description: 'Any action taken against an Officer is in accordance with the Council’s relevant HR policies and upon the advice of HR Officers.',
      advisers: ['hr_officer'],
      required: true,
      clauses: ['4.5'],
    },
    {
      topic: 'delegated_decision',
      description:
        'An individual Cabinet Member (as with the Council, its Committees and Sub Committees, and the Cabinet and its Committees) seeks advice from relevant Officers before taking a decision within their delegated authority, including legal advice, financial advice and professional officer advice (particularly about contractual matters).',
      advisers: ['officer'],
      required: true,
      clauses: ['7.4'],
    },
    {
      topic: 'vires',
      description: 'Where there is doubt about vires, the Monitoring Officer is consulted before a decision within delegated authority is taken.',
      advisers: ['monitoring_officer'],
      required: true,
      clauses: ['7.4'],
    },
    {
      topic: 'whether_information_is_confidential',
      description: 'A Member who is not sure whether information is confidential asks the relevant Officer.',
      advisers: ['officer'],
      clauses: ['8.4'],
    },
    {
      topic: 'publicity',
      description:
        'If in any doubt about a decision around publicity (the s 2 Local Government Act 1986 prohibition; the Code of Recommended Practice for Local Authority Publicity; the pre-election period), the Chief Executive or Monitoring Officer should be consulted.',
      advisers: ['chief_executive', 'monitoring_officer'],
      clauses: ['9.4.3'],
    },
    {
      topic: 'media',
      description:
        'In communication with the media, Members in general provide comment and views while Officers provide factual information; a Member unsure about the circumstances of a particular issue contacts the appropriate head of service or director.',
      advisers: ['head_of_service', 'director'],
      clauses: ['9.3.4'],
    },
  ],

  correspondenceRules: [
    {
      key: 'officer_letters_in_own_name',
      description:
        'Official letters on behalf of the Council are sent in the name of the appropriate Employee, not a Member; a letter in a Member’s name is appropriate e.g. in reply to a letter of enquiry or complaint sent direct to that Member, but letters that create obligations or give instructions on behalf of the Council are never sent in a Member’s name.',
      clauses: ['9.2.1'],
    },
    {
      key: 'copy_member_letter_with_notice_or_consent',
      description:
        'Correspondence between an individual Member and an Officer is not normally copied by the Officer to any other Member; where exceptionally it is necessary, this is made clear to the original Member.',
      clauses: ['9.2.2'],
    },
    { key: 'no_blind_copies', description: 'A system of ‘silent copies’ is not employed.', clauses: ['9.2.2'] },
    // Clause 9.1 (support services, not only correspondence, are used only on Council business) is a
    // restriction in `obligations`.
  ],

  // The text is silent on adoption and review.
  review: { clauses: [] },
};
