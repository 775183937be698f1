import type { ProtocolDocument } from '../../domain/protocol';

/**
 * Eastvale District Council (an English district council): "Code of Conduct for
 * Member/Officer Relations", clause by clause (clauses 1.1 to 16.8, numbered as written).
 * The text's numbered sections ("3. MEMBER CONCERN ABOUT OFFICER'S CONDUCT OR CAPABILITY")
 * carry no text of their own: each section title is given as the heading of the first
 * clause under it. Clauses 11.1 and 13.1 are numbered sub-headings and are kept as clauses
 * whose text is that sub-heading. The unnumbered closing paragraph ("If you have any
 * concerns about information requests ...") is kept as the last paragraph of clause 16.8.
 * The text gives no adoption or review date.
 */
/** 11.3: members' rights of access "only apply where members are undertaking Council business". */
const COUNCIL_BUSINESS = 'the member is undertaking Council business';

/** 11.6: the Overview and Scrutiny exception, and 11.3. */
const SCRUTINY_CONDITION =
  'the information is in the possession or under the control of the Executive and contains material relating to business transacted at a meeting of a decision-making body, a Portfolio Holder decision or a key decision made by an officer, and is relevant to an action or decision the Panel is reviewing or to a review contained in the Panel’s work programme; and the member is undertaking Council business';

export const protocol: ProtocolDocument = {
  title: 'Code of Conduct for Member/Officer Relations',
  clauses: [
    {
      number: '1.1',
      heading: 'INTRODUCTION',
      text: 'The purpose of this code is to guide members and officers of the Council in their relations with one another to ensure the smooth running of the Council. In particular it:\na. offers guidance on some of the issues that most commonly arise.\nb. serves as a guide to dealing with issues that are not specifically covered in this Code.\nc. should ensure that members receive objective and impartial advice.\nd. should ensure that officers are protected from accusations of bias and undue influence from members.',
    },
    {
      number: '1.2',
      text: 'Much of this Code reflects the principles underlying the statutory Code of Conduct for members. The object of that Code is to enhance and maintain the integrity (real and perceived) of local government by demanding very high standards of personal conduct by elected members.',
    },
    {
      number: '2.1',
      heading: 'STATUTORY CODE OF CONDUCT FOR MEMBERS',
      text: 'The Council’s Code of Conduct for Members sits alongside this document in the Constitution. Various provisions of the Code are relevant to member/officer relations. These are shown below.',
    },
    {
      number: '2.2',
      text: 'The Code of Conduct requires members:\na. not to use their position improperly to obtain an advantage to themselves or any other person or body.\nb. not to use Council resources improperly for political purposes or any other purposes forbidden by the Council.\nc. not to do anything likely to compromise the impartiality of officers.\nd. not to bully anyone, by displaying any offensive, intimidating, malicious, insulting or humiliating behaviour.\ne. not to disclose any information that is confidential without authority or a legitimate reason.\nf. not to prevent anyone from obtaining information to which they are entitled by law; and\ng. not to do anything that may cause the Council to breach any of the Equality laws that prohibit discrimination on grounds such as age, sex, race, disability, religion/belief, sexual orientation of pregnancy.',
    },
    {
      number: '2.3',
      text: 'It is important that any dealings between members and officers should observe these reasonable standards of courtesy and professionalism, and that neither party should seek to take unfair advantage of their position.',
    },
    {
      number: '3.1',
      heading: 'MEMBER CONCERN ABOUT OFFICER’S CONDUCT OR CAPABILITY',
      text: 'Members should not raise matters relating to the conduct or capability of a Council employee, or of employees collectively, at meetings held in public. This is a long-standing tradition in public service. Employees have no means of responding to criticisms like this in public.',
    },
    {
      number: '3.2',
      text: 'If a member feels that an officer has not treated them with proper respect or courtesy or has any concern about the conduct or capability of a Council employee, they should initially consider whether it would be appropriate to raise the matter through direct discussion with the employee concerned. Whether this is appropriate will depend largely on the nature and seriousness of the conduct, and the level of seniority of the employee. If the member fails to resolve the matter through discussion with the employee or feels that such an approach would not be appropriate, they should raise the matter with the relevant Executive Head. The Executive Head will look into the facts and report back to the member. If the member continues to feel concerned, they should then report the facts to the Chief Executive who will look into the matter afresh.',
    },
    {
      number: '4.1',
      heading: 'OFFICER CONCERN ABOUT MEMBER’S CONDUCT',
      text: 'Where an officer:\na. feels a member has not treated them with respect and courtesy, or\nb. is concerned about any action or statement by a member relating to themself, or to a colleague,\nthey should raise the matter with the member concerned, or with their own Line Manager, Strategic Director, or the Chief Executive, as appropriate. Line Managers should normally refer matters reported to them to their Service Manager. Where the matter is raised with a Strategic Director or Chief Executive, they will take appropriate action which may include approaching the individual member and/or Group Leader. If the Strategic Director or Chief Executive considers that the member has been in breach of the Code, they will discuss the matter with the Monitoring Officer who will consider reference to the Council’s complaint’s procedures.',
    },
    {
      number: '5.1',
      heading: 'CANDIDATES FOR APPOINTMENT TO THE COUNCIL',
      text: 'The Council’s Standing Orders for General Procedures lay down procedures to be followed where a candidate for appointment to the Council is related to a member or senior officer. Standing Orders also specifically prevent candidates for appointment from canvassing members, and members from soliciting an appointment for any person.',
    },
    {
      number: '6.1',
      heading: 'CLOSE PERSONAL RELATIONSHIPS BETWEEN OFFICERS AND MEMBERS',
      text: 'Mutual respect between members and officers is essential to good local government. However, close personal familiarity between individual members and officers can damage this relationship and prove embarrassing to other members and officers.',
    },
    {
      number: '6.2',
      text: 'The Council recognises that in a large organisation it is inevitable that there may be close social or personal relationships between members and officers. These relationships may have commenced before, or after, a councillor is elected to the Council or before, or after, a person becomes employed by the Council. The councillor should disclose any such relationship to their Group Leader and the Monitoring Officer, and the employee to their Service Manager. The Monitoring Officer and appropriate Service Manager will arrange for the relationship to be entered in the Register of Member and Officer Interests respectively. In order to maintain the integrity of the individuals concerned and the Council such relationships should never be hidden. To do so can lead to suspicion and mistrust. The Group Leaders and Strategic Director should take what steps they reasonably can to ensure that neither the member nor the employee is placed in a position where their relationship will be seen to conflict with this Code or with the Council’s Code of Conduct.',
    },
    {
      number: '7.1',
      heading: 'OFFICERS AND “SENIOR” MEMBERS - WORKING RELATIONS',
      text: 'It is clearly important that there should be a close working relationship between Cabinet members, Group Leaders and Committee or Panel Chairmen, and Strategic Directors and other senior officers. However, such relationships should never be allowed to become so close, or appear to be so close, as to bring into question the officers’ ability to deal with other members and other party groups.',
    },
    {
      number: '7.2',
      text: 'A Member of the Cabinet, or the Chairman of a Panel or Committee will routinely be consulted as part of the process of drawing up the agenda for a forthcoming meeting. Sometimes an officer will be under a duty to submit a report to a meeting on a particular matter. A Strategic Director or other senior officer will always be fully responsible for the contents of any report submitted by their Service. This means that any such report will be amended only where the amendment reflects the professional judgement of the author of the report. Any issues arising in this area should be referred to the Chief Executive for resolution in conjunction with the Leader of the Council or Chairman of the Panel or Committee, as appropriate. If a report is issued in the name of a member of the Cabinet, it should make clear that any views or recommendations they contain are those of the member (or of the Cabinet as a whole, if appropriate).',
    },
    {
      number: '7.3',
      text: 'In addition to the briefing before any meeting, minority group representatives will also be afforded the opportunity of a briefing through their appropriate spokesman.',
    },
    {
      number: '7.4',
      text: 'Except where the Council’s scheme of delegations enables a decision to be taken by a Cabinet member, the law only allows for decisions to be taken by the Council, Cabinet, a Committee, a Sub-Committee or an officer. If a meeting resolves to authorise a named officer(s) to take action in consultation with a member(s), it must be recognised that it is the officer, not the member, who takes the action and the officer who is accountable for it.',
    },
    {
      number: '7.5',
      text: 'Where a Portfolio Holder takes a decision under delegated powers, the Portfolio Holder is personally accountable for the decision.',
    },
    {
      number: '7.6',
      text: 'Officers within a Service are accountable to their Service Manager.',
    },
    {
      number: '7.7',
      text: 'While officers should always seek to assist Portfolio Holders and Chairmen (or indeed any member), they must not, in so doing, go beyond the bounds of whatever authority they have been given by their Service Manager. Members should not put staff in a position that could give rise to conflict between them and their Manager and/or Service Manager.',
    },
    {
      number: '8.1',
      heading: 'OFFICER ADVICE TO POLITICAL GROUPS',
      text: 'Officers serve the Council as a whole and not exclusively any political group, combination of groups or any individual member of the Council.',
    },
    {
      number: '8.2',
      text: 'It is common practice for political groups to give preliminary consideration to Council business before the matter is considered by the relevant Council decision making body. Officers may properly be called upon to support and contribute to deliberations by party groups, and the support provided can take many forms, ranging from a briefing meeting with a Chairman or spokesman before a formal meeting, to a presentation to a full party group meeting. However, the following rules must be followed:\na. Officers must at all times maintain political neutrality.\nb. Officers must treat all political groups and individual members in a fair and even-handed manner. Whilst in practice support is likely to be in most demand from whichever party group is for the time being in control of the Council, support is available to all party groups.\nc. Requests for officers to attend any party group meeting must be made through the appropriate Service Manager. The Service Manager will advise the Chief Executive of any requests made.\nd. Officer support must not extend beyond providing information and advice on Council business. Officers must not be involved in advising on matters of party business. The observance of this distinction will be assisted if officers are not expected to be present at meetings or part of meetings when matters of party business are to be discussed.\ne. Conclusions reached at party meetings must not be interpreted or acted upon as decisions on behalf of the Council.\nf. Officers must interpret any request for advice, and advice given, as confidential and not accessible to any other political group. They must not relay the content of any discussions at which they are present to another political group. However, factual information upon which the advice is based will, if requested, be available to all political groups.\ng. An officer’s advice to a political group or member, or help in formulating a policy, must not be assumed to be support by the officer for the policy.\nh. Officers’ advice to a party group cannot be a substitute for providing all necessary information and advice to the Cabinet, Panel or Committee when the matter in question is considered.\ni. Unless otherwise agreed in advance with the Chief Executive, officers will not attend party group meetings that include persons who are not members of the Council. Where, exceptionally, attendance in these circumstances has been agreed by the Chief Executive, officers must exercise special care in providing information and advice. Persons who are not Councillors are not bound by the Code of Conduct, in particular, the provisions concerning the declaration of interests and confidentiality. For this and other reasons officers may not be able to provide the same information and advice as they would to members only.',
    },
    {
      number: '8.3',
      text: 'Any particular cases of difficulty or uncertainty in this area must be raised with the Chief Executive, who will discuss them with the relevant group leader(s).',
    },
    {
      number: '9.1',
      heading: 'SUPPORT SERVICES TO MEMBERS AND POLITICAL GROUPS',
      text: 'The only basis on which the Council can lawfully provide support services (e.g., stationery, typing, printing, photocopying, transport etc) to members is to assist them in discharging their role as members of the Council. Such support services must therefore only be used on Council business. They should never be used in connection with party political or campaigning activity or for private purposes.',
    },
    {
      number: '9.2',
      text: 'In particular the post distribution system should only be used by members for circulating correspondence and literature relating specifically to Council business. This can include Group correspondence directly relating to Council business.',
    },
    {
      number: '9.3',
      text: 'Apart from accommodation and services that are specifically dedicated to members, the Council’s offices, services and sources of information may be used only through the officers. Members should not go into, or use, any offices or sources of information without an officer in attendance.',
    },
    {
      number: '10.1',
      heading: 'CEREMONIAL EVENTS',
      text: 'Any member taking part in a ceremonial event (see section 15 below) must not seek disproportionate personal publicity or use the occasion for party political advantage, bearing in mind that they are representing the Council as a whole.',
    },
    {
      number: '10.2',
      text: 'See also section 11 concerning members’ rights of access to information.',
    },
    {
      number: '10.3',
      text: 'Any information not in the public domain provided by the Council to a member must only be used for the purpose for which it was provided, i.e., in connection with the proper performance of the member’s duties as a member of the Council. Any member who obtains any information or documents from any source provided to another member should not make use of, or release that information or document(s), without the consent of the member for whom it was intended. Any information relating to employee matters should always be regarded as confidential. Confidential information provided to members should not be discussed with, or released to, any other persons. Confidential information provided to an individual member should not be discussed with other members without the permission of the person giving the information. In particular, confidential information should never be disclosed or used for the personal advantage of a member or of anyone known to them, or to the disadvantage or the discredit of the Council or anyone else.',
    },
    {
      number: '10.4',
      text: 'It should be noted that agenda and reports for Council, Cabinet, Panel and Committee meetings are to be treated as confidential unless and until they become public in the ordinary course of the Council’s business (see Standing Orders for General Procedures No. 8). Reports may be amended, or withdrawn from agenda, at any time up to agenda issue. If a member obtains an advance copy of a report, its contents should not be made public until the agenda containing it is issued.',
    },
    {
      number: '11.1',
      heading: 'OTHER LEGISLATIVE PROVISIONS CONCERNING MEMBER/OFFICER RELATIONS',
      text: 'Members’ Rights of Access to Information and to Council Documents',
    },
    {
      number: '11.2',
      text: 'The legal rights of members to inspect Council documents is covered partly by statute, and partly by common law. The following paragraphs give guidance on the circumstances in which members may legitimately require officers to give them access to Council documents.',
    },
    {
      number: '11.3',
      text: 'It is however important to note that these rights only apply where members are undertaking Council business. Where a member has a private or personal interest in a matter, the member will only be entitled to the same access to documents as would be the case for a private individual. In these circumstances the member must make it clear to the employee that they are acting on his own behalf and not acting as a Councillor.',
    },
    {
      number: '11.4',
      text: 'Members may approach any Council Service to obtain such reasonable information, explanation and advice about that Service’s functions to assist in discharging their role as members of the Council or any particular role, e.g., representative on an outside body to which they have been appointed by the Council. This can range from a request for general information or research about some aspect of a Service’s activities to a request for specific information on behalf of a constituent. Such approaches should normally be made to the Service Manager or another senior officer of the Service concerned. In cases of doubt, the appropriate Service Manager or the Monitoring Officer should be asked for assistance.',
    },
    {
      number: '11.5',
      text: 'Members have a statutory right to inspect any Council document, including any relevant background papers, containing material relating to any business which is to be transacted in public at a Council, Cabinet, Panel, Committee or Sub-Committee meeting. This right applies irrespective of whether the member is a member of any of the bodies concerned.',
    },
    {
      number: '11.6',
      text: 'This statutory right does not, however, apply to documents or background papers appearing as private session items on agenda for meetings. Therefore, members not on the particular Committee etc do not have a statutory right to inspect confidential or exempt information, for example that relating to employees, occupiers of Council property, applicants for grants and other services, the care of children, contract and industrial relations negotiations, advice from Counsel and criminal investigations. The only exception relates to Overview and Scrutiny Panels. Members of Overview and Scrutiny Panels have the right to exempt or confidential information that is in the possession or under the control of the Executive and contains material relating to:\na. business transacted at a meeting of a decision-making body; or\nb. a Portfolio Holder decision; or\nc. a key decision made by an officer\nif the information is relevant to an action or decision the Panel is reviewing, or to a review contained in the Panel’s work programme.',
    },
    {
      number: '11.7',
      text: 'The common law right of members is much broader. It is based on the principle that any member has a prima facie right to inspect Council documents provided his/her access to the documents is reasonably necessary to enable the member properly to perform his/her duties as a member of the Council. This principle is commonly referred to as the “need to know” principle.',
    },
    {
      number: '11.8',
      text: 'The exercise of this common law right therefore depends upon the member’s ability to demonstrate that they have the necessary “need to know”. In this respect a member has no right to “a roving commission” to go and examine documents of the Council. Mere curiosity is not sufficient. The crucial question is the determination of the “need to know”.',
    },
    {
      number: '11.9',
      text: 'This question must initially be determined by the particular Service Manager whose Service holds the document in question (with advice from the Monitoring Officer). A member will be expected to justify the request in specific terms. In the event of dispute, the question falls to be determined by the Standards Committee.',
    },
    {
      number: '11.10',
      text: 'There will be a range of documents which, because of their nature, are either not accessible by members or are accessible only by the political group forming the administration and not by the other political groups. An example of this latter category would be draft documents compiled in the context of emerging Council policies and draft reports, the premature disclosure of which might be against the Council’s and the public interest.',
    },
    {
      number: '11.11',
      text: 'The term “Council document” is very broad. It includes, for example, any document produced with Council resources, but it is accepted by convention that a member of one-party group will not have a “need to know” and, therefore, a right to inspect, a document which forms part of the internal workings of another party group.',
    },
    {
      number: '11.12',
      text: 'Further and more detailed advice regarding members’ rights to inspect Council documents may be obtained from the Monitoring Officer.',
    },
    {
      number: '12.1',
      heading: 'PUBLIC RELATIONS AND NEWS RELEASES',
      text: 'The Council’s Public Relations Officer serves the Council as a whole and must operate within the limits of the Code of Recommended Practice on Local Authority Publicity issued under the Local Government Act 1986. Broadly, the 1986 Act prohibits the Council from publishing material that appears designed to affect public support for a political party.',
    },
    {
      number: '12.2',
      text: 'Officers draft news releases on behalf of the Council. They will often contain quotations (within the limits of the Act and Code of Recommended Practice) from the Leader and/or Deputy Leader of the Council, a Portfolio Holder, the Chairman or Vice-Chairman of a Committee, or the Chairman and Vice-Chairman of the Council about ceremonial events. Such news releases are issued on behalf of the District Council and it would not, therefore, be appropriate when repeating quotations from members to indicate their party-political affiliation.',
    },
    {
      number: '13.1',
      heading: 'OTHER LOCAL CONVENTIONS GOVERNING MEMBER/OFFICER RELATIONS',
      text: 'Correspondence',
    },
    {
      number: '13.2',
      text: 'An officer should not normally copy correspondence between an individual member and an officer on a matter relating to a single constituent to any other member. Where, exceptionally, it is necessary to copy the correspondence to another member, this should be made clear to the original member. In other words, a system of “silent or blind copies” should not be used.',
    },
    {
      number: '13.3',
      text: 'Where a local member raises an issue relating specifically to a matter of interest in a District Council Ward or individual Parish or Town, copies of correspondence will normally be sent to all councillors for the particular area. The exception will be if the member specifically requests that correspondence is not copied to other members, or there is a political, or other reason, why this is not appropriate (for example because another ward member may have a declarable interest in the matter). Where correspondence is copied to other members this will be made clear to the original member.',
    },
    {
      number: '13.4',
      text: 'Official letters on behalf of the Council should normally be sent out in the name of the appropriate officer, rather than in the name of a member. It may be appropriate in certain circumstances (e.g., representations to a Government Minister) for a letter to be signed by a member, but this should be the exception rather than the norm. Letters which, for example, create obligations or give instructions on behalf of the Council should never be sent out in the name of a member.',
    },
    {
      number: '14.1',
      heading: 'Involvement of Ward Councillors',
      text: 'Whenever the Council undertakes any form of consultative exercise on a local issue, the Ward members should be informed or involved, as appropriate, not later than at the outset of the exercise. Similarly, whenever a public meeting is organised by the Council to consider a local issue, all the members representing the Ward or Wards affected should, as a matter of course, be invited to attend the meeting.',
    },
    {
      number: '15.1',
      heading: 'Ceremonial Events',
      text: 'The Chairman of the Council (or in their absence the Vice-Chairman) is the appropriate person to lead District Council ceremonial events which are of particular significance or are not specifically associated with a particular Committee. Similarly, the Chairman of the Council (or in their absence the Vice-Chairman) is the appropriate person to represent the District Council at ceremonial events of other organisations which are not specifically associated with the Cabinet or a particular Panel or Committee.',
    },
    {
      number: '15.2',
      text: 'Subject to the above, Portfolio Holders or, where they are not available, another Member of the Cabinet is the appropriate representative for ceremonial events within the scope of their Portfolios. Where a Portfolio Holder or another Member of the Cabinet is not available, the Portfolio Holder may nominate another member.',
    },
    {
      number: '15.3',
      text: 'Local members should always be informed of, and, where possible, invited to ceremonial events taking place within their own parishes/towns, as should County and Parish Councillors as appropriate.',
    },
    {
      number: '16.1',
      heading: 'Communication with Councillors (Members)',
      text: 'Councillors’ (Members) and employees’ common purpose is to deliver effective services to all customers including - residents, visitors, and businesses in the District. To do this it is essential that we all work together and that Councillors reasonable requests for information are met without delay. This does not mean that Councillors’ have an absolute right of access to all information held on file or to demand extensive research. The following paragraphs provide some simple guidelines to help you when dealing with requests for information.',
    },
    {
      number: '16.2',
      text: 'Councillors are encouraged to make their initial enquiries on new issues to a Strategic Director or Service Manager. However, for day-to-day business where Councillors know which individual is dealing with a particular matter, the Councillor is entitled to speak to that person or the Section Head - whichever is most appropriate.',
    },
    {
      number: '16.3',
      text: 'All information, except the response to the most simple, factual queries, must be given to Councillors in writing. This may sound bureaucratic, but it will avoid any misunderstandings in the future. Where information is required urgently by a Councillor, it may be given orally but then should be confirmed in writing.',
    },
    {
      number: '16.4',
      text: 'If you do not fully understand the request, ask the Councillor if they would mind sending you a note so that you are able to respond fully to their enquiry. Remember, communication is everything and providing perfectly good information is useless if it doesn’t answer the question, or worse, leaves the Councillor to believe the answer relates to their question when it doesn’t.',
    },
    {
      number: '16.5',
      text: 'Where information is provisional in nature (e.g., subject to confirmation or ratification of interim figures or results), the fact that it is provisional should always be clearly stated.',
    },
    {
      number: '16.6',
      text: 'Councillors’ queries should be retained on file. The file should not only contain copies all letters sent to Councillors, but also file notes of conversations during which information was supplied.',
    },
    {
      number: '16.7',
      text: 'Where information needs to be obtained from another employee or Business Unit, it is the responsibility of the Employee to whom the query was originally addressed to either obtain the information and pass it back to the Councillor concerned or to let the Councillor know to whom their query has been passed for attention. Where Councillors request personal information on the basis that they are acting on behalf of a member of the public to whom it relates, evidence (e.g., a letter from the member of public concerned) should be sought to support the enquiry.',
    },
    {
      number: '16.8',
      text: 'Sometimes Councillors may ask for information which is or may be commercially sensitive. This is particularly the case for contract work or economic development issues but could also relate to information obtained under the Best Value regime. In most cases, the information can be supplied but, as a matter of course, you must check with your Service Manager or Executive Head before releasing such information.\n\nIf you have any concerns about information requests or the type of information to be supplied to Councillors, please contact either your Service Manager or the Monitoring Officer.',
    },
  ],
  roles: [
    { key: 'member', title: 'Member (Councillor)', kind: 'member', clauses: ['1.1', '2.2', '11.7', '16.1'] },
    { key: 'ward_member', title: 'Ward member', kind: 'member', clauses: ['13.3', '14.1', '15.3'] },
    { key: 'chairman', title: 'Chairman of the Council', kind: 'member', clauses: ['12.2', '15.1'] },
    { key: 'vice_chairman', title: 'Vice-Chairman of the Council', kind: 'member', clauses: ['12.2', '15.1'] },
    { key: 'leader', title: 'Leader of the Council', kind: 'member', clauses: ['7.2', '12.2'] },
    { key: 'deputy_leader', title: 'Deputy Leader of the Council', kind: 'member', clauses: ['12.2'] },
    { key: 'cabinet_member', title: 'Portfolio Holder (Member of the Cabinet)', kind: 'member', clauses: ['7.1', '7.2', '7.4', '7.5', '7.7', '15.2'] },
    { key: 'committee_chair', title: 'Chairman of a Panel or Committee', kind: 'member', clauses: ['7.1', '7.2', '7.7'] },
    { key: 'group_leader', title: 'Group Leader', kind: 'member', clauses: ['4.1', '6.2', '7.1', '8.3'] },
    { key: 'chief_executive', title: 'Chief Executive', kind: 'officer', clauses: ['3.2', '4.1', '7.2', '8.2', '8.3'] },
    { key: 'monitoring_officer', title: 'Monitoring Officer', kind: 'officer', clauses: ['4.1', '6.2', '11.4', '11.9', '11.12', '16.8'] },
    { key: 'director', title: 'Strategic Director', kind: 'officer', clauses: ['4.1', '6.2', '7.1', '7.2', '16.2'] },
    { key: 'head_of_service', title: 'Executive Head', kind: 'officer', clauses: ['3.2', '16.8'] },
    { key: 'service_manager', title: 'Service Manager', kind: 'officer', clauses: ['4.1', '6.2', '7.6', '7.7', '8.2', '11.4', '11.9', '16.2', '16.8'] },
    { key: 'team_leader', title: 'Section Head', kind: 'officer', clauses: ['16.2'] },
    // 16.2: "where Councillors know which individual is dealing with a particular matter, the Councillor is
    // entitled to speak to that person".
    { key: 'case_officer', title: 'Individual dealing with the matter', kind: 'officer', clauses: ['16.2'] },
    { key: 'line_manager', title: 'Line Manager', kind: 'officer', clauses: ['4.1'] },
    { key: 'communications_officer', title: 'Public Relations Officer', kind: 'officer', clauses: ['12.1'] },
    { key: 'officer', title: 'Officer (employee)', kind: 'officer', clauses: ['3.1', '3.2', '6.2', '8.1'] },
    { key: 'full_council', title: 'Council', kind: 'body', clauses: ['7.4'] },
    { key: 'executive', title: 'Cabinet', kind: 'body', clauses: ['7.4', '11.6'] },
    { key: 'standards_committee', title: 'Standards Committee', kind: 'body', clauses: ['11.9'] },
    { key: 'overview_scrutiny_committee', title: 'Overview and Scrutiny Panel', kind: 'body', clauses: ['11.6'] },
    { key: 'committee', title: 'Panel or Committee', kind: 'body', clauses: ['7.2', '7.4', '11.5', '11.6'] },
    { key: 'party_group', title: 'political group', kind: 'body', clauses: ['8.1', '8.2', '11.10', '11.11'] },
  ],
  expectations: [
    // What members can expect from officers (officers' duties in the text).
    {
      direction: 'members_from_officers',
      text: 'Members receive objective and impartial advice.',
      clauses: ['1.1'],
    },
    {
      direction: 'members_from_officers',
      text: 'Dealings between members and officers observe reasonable standards of courtesy and professionalism, and neither seeks to take unfair advantage of their position.',
      clauses: ['2.3'],
    },
    {
      direction: 'members_from_officers',
      text: 'Close working relationships between Strategic Directors and other senior officers and Cabinet members, Group Leaders and Committee or Panel Chairmen never become, or appear, so close as to bring into question the officers’ ability to deal with other members and other party groups.',
      clauses: ['7.1'],
    },
    // Issues arising over a report's contents (7.2) are the 'report_content_dispute' chain.
    {
      direction: 'members_from_officers',
      text: 'A Strategic Director or other senior officer is fully responsible for the contents of any report submitted by their Service; a report is amended only where the amendment reflects the professional judgement of its author.',
      clauses: ['7.2'],
    },
    {
      direction: 'members_from_officers',
      text: 'A Member of the Cabinet or the Chairman of a Panel or Committee is routinely consulted in drawing up the agenda for a forthcoming meeting; minority group representatives are also offered a briefing through their appropriate spokesman.',
      clauses: ['7.2', '7.3'],
    },
    {
      direction: 'members_from_officers',
      text: 'Where a meeting authorises a named officer to act in consultation with a member, it is the officer, not the member, who takes the action and is accountable for it.',
      clauses: ['7.4'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers always seek to assist Portfolio Holders, Chairmen and any member, but within the authority given by their Service Manager, to whom officers within a Service are accountable.',
      clauses: ['7.6', '7.7'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers serve the Council as a whole, not exclusively any political group, combination of groups or individual member, and maintain political neutrality at all times.',
      clauses: ['8.1', '8.2'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers treat all political groups and individual members fairly and even-handedly; support is available to all party groups, not only the group in control of the Council.',
      clauses: ['8.2'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officer support to party groups does not extend beyond information and advice on Council business (officers do not advise on party business and are not expected to be present when it is discussed); advice is not to be taken as support for a policy, and is no substitute for full information and advice to the Cabinet, Panel or Committee when the matter is considered.',
      clauses: ['8.2'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers treat any request for advice from a political group, and the advice given, as confidential and not accessible to any other group, and do not relay discussions to another group; the factual information on which advice is based is available to all political groups on request.',
      clauses: ['8.2'],
    },
    {
      direction: 'members_from_officers',
      text: 'Unless agreed in advance with the Chief Executive, officers do not attend party group meetings that include people who are not members of the Council; where attendance is exceptionally agreed, they take special care over the information and advice they give.',
      clauses: ['8.2'],
    },
    // Difficulty or uncertainty over officer advice to political groups (8.3) is the 'party_group_difficulty'
    // chain; the Public Relations Officer's duty (12.1) is an obligation.
    {
      direction: 'members_from_officers',
      text: 'News releases drafted by officers on behalf of the Council do not give the party-political affiliation of members quoted.',
      clauses: ['12.2'],
    },
    {
      direction: 'members_from_officers',
      text: 'Ward members are informed or involved, as appropriate, no later than the outset of any consultative exercise the Council undertakes on a local issue, and all members for the Ward or Wards affected are invited to any public meeting the Council organises on a local issue.',
      clauses: ['14.1'],
    },
    {
      direction: 'members_from_officers',
      text: 'Local members are always informed of, and where possible invited to, ceremonial events in their own parishes/towns.',
      clauses: ['15.3'],
    },
    {
      direction: 'members_from_officers',
      text: 'Councillors’ reasonable requests for information are met without delay (though there is no absolute right of access to all information held on file or to demand extensive research).',
      clauses: ['16.1'],
    },
    {
      direction: 'members_from_officers',
      text: 'All information, except the response to the most simple, factual queries, is given to Councillors in writing; urgently needed information may be given orally but is then confirmed in writing.',
      clauses: ['16.3'],
    },
    {
      direction: 'members_from_officers',
      text: 'An officer who does not fully understand a request asks the Councillor for a note, so as to answer the question actually asked; provisional information is always clearly stated to be provisional.',
      clauses: ['16.4', '16.5'],
    },
    {
      direction: 'members_from_officers',
      text: 'Councillors’ queries are retained on file, with copies of all letters sent and file notes of conversations in which information was supplied.',
      clauses: ['16.6'],
    },
    {
      direction: 'members_from_officers',
      text: 'The employee to whom a query was first addressed either obtains the information from colleagues and passes it back, or tells the Councillor to whom the query has been passed; evidence (e.g. a letter from the person concerned) is sought when a Councillor asks for personal information on behalf of a member of the public.',
      clauses: ['16.7'],
    },
    // The approval before releasing commercially sensitive information (16.8) is on the access rule; whom to
    // ask about information requests (11.4, 16.8) is an advice route; disclosure of close personal
    // relationships (6.2) is in the obligations.
    // What officers can expect from members (members' duties in the text).
    {
      direction: 'officers_from_members',
      text: 'Officers are protected from accusations of bias and undue influence from members.',
      clauses: ['1.1'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not use their position improperly to obtain an advantage for themselves or any other person or body, do not use Council resources improperly for political or other forbidden purposes, and do nothing likely to compromise the impartiality of officers.',
      clauses: ['2.2'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not bully anyone by displaying offensive, intimidating, malicious, insulting or humiliating behaviour, and do nothing that may cause the Council to breach the Equality laws.',
      clauses: ['2.2'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not disclose confidential information without authority or a legitimate reason, and do not prevent anyone from obtaining information to which they are entitled by law.',
      clauses: ['2.2'],
    },
    {
      direction: 'officers_from_members',
      text: 'Dealings between members and officers observe reasonable standards of courtesy and professionalism, and neither seeks to take unfair advantage of their position.',
      clauses: ['2.3'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not raise the conduct or capability of a Council employee, or of employees collectively, at meetings held in public.',
      clauses: ['3.1'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not solicit an appointment for any person (candidates for appointment may not canvass members; candidates related to a member or senior officer are dealt with under Standing Orders).',
      clauses: ['5.1'],
    },
    {
      direction: 'officers_from_members',
      text: 'Close working relationships between Cabinet members, Group Leaders and Committee or Panel Chairmen and senior officers never become, or appear, so close as to bring into question the officers’ ability to deal with other members and party groups.',
      clauses: ['7.1'],
    },
    {
      direction: 'officers_from_members',
      text: 'A report issued in the name of a member of the Cabinet makes clear that its views or recommendations are those of the member (or of the Cabinet as a whole).',
      clauses: ['7.2'],
    },
    {
      direction: 'officers_from_members',
      text: 'Decisions are taken only by the Council, the Cabinet, a Committee, a Sub-Committee or an officer, or by a Cabinet member where the scheme of delegations allows; a Portfolio Holder deciding under delegated powers is personally accountable for the decision.',
      clauses: ['7.4', '7.5'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not put staff in a position that could give rise to conflict between them and their Manager and/or Service Manager.',
      clauses: ['7.7'],
    },
    {
      direction: 'officers_from_members',
      text: 'Requests for officers to attend any party group meeting are made through the appropriate Service Manager, who advises the Chief Executive of them.',
      clauses: ['8.2'],
    },
    {
      direction: 'officers_from_members',
      text: 'Conclusions reached at party meetings are not interpreted or acted upon as decisions on behalf of the Council.',
      clauses: ['8.2'],
    },
    {
      direction: 'officers_from_members',
      text: 'Support services (stationery, typing, printing, photocopying, transport etc.) are used only on Council business, never for party political or campaigning activity or private purposes.',
      clauses: ['9.1'],
    },
    {
      direction: 'officers_from_members',
      text: 'Apart from accommodation and services dedicated to members, members use the Council’s offices, services and sources of information only through officers, and do not go into or use any office or source of information without an officer in attendance.',
      clauses: ['9.3'],
    },
    // Who represents the Council at ceremonial events (15.1, 15.2) is in the obligations.
    {
      direction: 'officers_from_members',
      text: 'A member taking part in a ceremonial event does not seek disproportionate personal publicity or use the occasion for party political advantage, representing the Council as a whole.',
      clauses: ['10.1'],
    },
    {
      direction: 'officers_from_members',
      text: 'Information not in the public domain that the Council provides to a member is used only for the purpose for which it was provided (the proper performance of the member’s duties); confidential information is never disclosed or used for the personal advantage of a member or anyone known to them, or to the disadvantage or discredit of the Council or anyone else.',
      clauses: ['10.3'],
    },
    {
      direction: 'officers_from_members',
      text: 'Agenda and reports for Council, Cabinet, Panel and Committee meetings are treated as confidential until they become public in the ordinary course of business; a member who obtains an advance copy of a report does not make its contents public until the agenda containing it is issued.',
      clauses: ['10.4'],
    },
    {
      direction: 'officers_from_members',
      text: 'A member with a private or personal interest in a matter has only a private individual’s access to documents, and makes clear to the employee that they are acting on their own behalf and not as a Councillor.',
      clauses: ['11.3'],
    },
    {
      direction: 'officers_from_members',
      text: 'A member seeking a document under the common law “need to know” principle demonstrates the need and justifies the request in specific terms: there is no “roving commission”, and mere curiosity is not sufficient.',
      clauses: ['11.7', '11.8', '11.9'],
    },
  ],
  chains: [
    // Clause 3.2: the member first considers direct discussion with the employee concerned; whether that is
    // appropriate "will depend largely on the nature and seriousness of the conduct, and the level of
    // seniority of the employee". Going straight to the Executive Head is the member's choice (an entry
    // point), not a rule that serious matters skip the first step, so the chain has no `seriousStartsAt`.
    // The first step's handler is the employee concerned, i.e. the subject of the concern ('officer').
    {
      concern: 'member_about_officer',
      severity: 'any',
      steps: [
        {
          handler: 'officer',
          action: 'informal_discussion',
          description:
            'The member first considers whether it would be appropriate to raise the matter through direct discussion with the employee concerned; this depends largely on the nature and seriousness of the conduct and the seniority of the employee.',
          // 3.2: the first step is a discussion with the employee concerned, i.e. with the subject of the concern.
          withSubjectFirst: true,
          notify: [],
          preconditions: [],
          clauses: ['3.2'],
        },
        {
          handler: 'head_of_service',
          action: 'investigate_and_report',
          description:
            'If discussion with the employee fails to resolve the matter, the member raises the matter with the relevant Executive Head, who looks into the facts and reports back to the member.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['3.2'],
        },
        {
          handler: 'chief_executive',
          action: 'investigate_and_report',
          description: 'If the member continues to feel concerned, they report the facts to the Chief Executive, who looks into the matter afresh.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['3.2'],
        },
      ],
      entryPoints: [
        {
          step: 1,
          when: 'where the member feels that direct discussion with the employee would not be appropriate (which depends largely on the nature and seriousness of the conduct and the seniority of the employee)',
        },
      ],
      clauses: ['3.1', '3.2'],
    },
    // Clause 4.1 gives four places to raise the matter "as appropriate": the member concerned, the officer's
    // own Line Manager, a Strategic Director or the Chief Executive. The first step is the member concerned;
    // the others are entry points.
    // GAP: the four are the officer's choice of first contact, not a sequence: the text never says that an
    // officer who has raised it with the member goes on to the Line Manager, or that the Line Manager's
    // Service Manager passes it to a Strategic Director, but steps are read in order and the format cannot
    // mark steps 0 to 2 as alternatives to one another.
    // The Monitoring Officer step applies only when the Strategic Director or Chief Executive considers the
    // member in breach of the Code (precondition 'breach_of_code_suspected').
    {
      concern: 'officer_about_member',
      severity: 'any',
      steps: [
        {
          handler: 'member',
          action: 'informal_discussion',
          description:
            'An officer who feels a member has not treated them with respect and courtesy, or is concerned about any action or statement by a member relating to themself or a colleague, may raise the matter with the member concerned.',
          // 4.1: the officer may raise it with the member concerned, i.e. with the subject of the concern.
          withSubjectFirst: true,
          notify: [],
          preconditions: [],
          clauses: ['4.1'],
        },
        {
          handler: 'line_manager',
          action: 'referral',
          description: 'The officer raises it with their own Line Manager; Line Managers should normally refer matters reported to them to their Service Manager.',
          notify: ['service_manager'],
          preconditions: [],
          clauses: ['4.1'],
        },
        {
          handler: 'director',
          alternatives: ['chief_executive'],
          action: 'decision',
          description:
            'Where the matter is raised with a Strategic Director or the Chief Executive, they take appropriate action, which may include approaching the individual member and/or Group Leader.',
          notify: [],
          mayNotify: ['member', 'group_leader'],
          preconditions: [],
          clauses: ['4.1'],
        },
        {
          handler: 'monitoring_officer',
          action: 'referral',
          description:
            'If the Strategic Director or Chief Executive considers that the member has been in breach of the Code, they discuss the matter with the Monitoring Officer, who considers reference to the Council’s complaints procedures.',
          notify: [],
          preconditions: ['breach_of_code_suspected'],
          clauses: ['4.1'],
        },
      ],
      entryPoints: [
        { step: 1, when: 'where the officer chooses to raise it with their own Line Manager instead, as appropriate' },
        { step: 2, when: 'where the officer chooses to raise it with a Strategic Director or the Chief Executive instead, as appropriate' },
      ],
      clauses: ['4.1'],
    },
    {
      concern: 'need_to_know_dispute',
      severity: 'any',
      steps: [
        {
          handler: 'service_manager',
          action: 'decision',
          description:
            'Whether a member has a “need to know” is initially determined by the particular Service Manager whose Service holds the document; the member is expected to justify the request in specific terms. In the event of dispute, the question is determined by the Standards Committee.',
          notify: [],
          consult: ['monitoring_officer'],
          preconditions: [],
          clauses: ['11.9'],
        },
      ],
      externalBody: 'standards_committee',
      clauses: ['11.7', '11.8', '11.9'],
    },
    // The Chief Executive resolves the issue "in conjunction with the Leader of the Council or Chairman of the
    // Panel or Committee, as appropriate", i.e. with one of the two (format 2: allOf with an anyOf).
    {
      concern: 'report_content_dispute',
      severity: 'any',
      steps: [
        {
          handler: 'chief_executive',
          action: 'decision',
          description:
            'Any issues arising over the contents of a report (which is amended only where the amendment reflects the professional judgement of its author) are referred to the Chief Executive for resolution in conjunction with the Leader of the Council or the Chairman of the Panel or Committee, as appropriate.',
          handledBy: { allOf: [{ role: 'chief_executive' }, { anyOf: [{ role: 'leader' }, { role: 'committee_chair' }] }] },
          notify: [],
          preconditions: [],
          clauses: ['7.2'],
        },
      ],
      clauses: ['7.2'],
    },
    {
      concern: 'party_group_difficulty',
      severity: 'any',
      steps: [
        {
          handler: 'chief_executive',
          action: 'raise_concern',
          description:
            'Any particular case of difficulty or uncertainty over officers’ support and advice to political groups must be raised with the Chief Executive, who discusses it with the relevant group leader(s).',
          notify: [],
          consult: ['group_leader'],
          preconditions: [],
          clauses: ['8.3'],
        },
      ],
      clauses: ['8.2', '8.3'],
    },
  ],
  // The text gives no time limit ("met without delay", 16.1), no extension terms and no escalation for a late
  // reply, so those fields are unset. Whom to ask in cases of doubt (11.4, 16.8) is an advice route.
  responseStandards: [
    {
      category: 'information_request',
      handler: 'service_manager',
      urgent: { description: 'Where information is required urgently by a Councillor, it may be given orally but should then be confirmed in writing.' },
      escalateTo: [],
      alternatives: [
        { handler: 'officer', when: 'another senior officer of the Service concerned (approaches are normally to the Service Manager or another senior officer of the Service)' },
        { handler: 'director', when: 'for initial enquiries on new issues (Councillors are encouraged to make them to a Strategic Director or Service Manager)' },
        { handler: 'case_officer', when: 'for day-to-day business where the Councillor knows which individual is dealing with the matter (that person or the Section Head, whichever is most appropriate)' },
        { handler: 'team_leader', when: 'for day-to-day business, where the Section Head is more appropriate than the individual dealing with the matter' },
      ],
      description:
        'Members may approach any Council Service for reasonable information, explanation and advice about its functions to help them discharge their role as members or any particular role (e.g. representative on an outside body). Reasonable requests are met without delay; no time limit is given.',
      clauses: ['11.4', '16.1', '16.2', '16.3'],
    },
  ],
  // Members' rights of access "only apply where members are undertaking Council business" (11.3): each grant
  // under the statutory and common law rights (11.5 to 11.10) carries that condition.
  accessRules: [
    {
      classification: 'public',
      grants: [
        {
          kind: 'role',
          role: 'member',
          condition: COUNCIL_BUSINESS,
          description:
            'Statutory right: any member may inspect any Council document, including relevant background papers, relating to business to be transacted in public at a Council, Cabinet, Panel, Committee or Sub-Committee meeting, whether or not a member of that body.',
        },
      ],
      description:
        'Documents for business to be transacted in public. A member with a private or personal interest in a matter has only a private individual’s access.',
      clauses: ['11.2', '11.3', '11.5'],
    },
    // The committee_member grant is read from 11.6: "members not on the particular Committee etc do not have a
    // statutory right to inspect confidential or exempt information".
    {
      classification: 'confidential',
      grants: [
        { kind: 'committee_member', condition: COUNCIL_BUSINESS, description: 'Members of the particular Committee etc.' },
        {
          kind: 'overview_scrutiny',
          condition: SCRUTINY_CONDITION,
          description: 'Members of Overview and Scrutiny Panels (the only exception to the statutory rule).',
        },
        {
          kind: 'need_to_know',
          decidedBy: 'service_manager',
          condition: COUNCIL_BUSINESS,
          description:
            'Common law: any member whose access is reasonably necessary to perform their duties as a member; decided initially by the Service Manager whose Service holds the document (with advice from the Monitoring Officer), disputes by the Standards Committee.',
        },
      ],
      description:
        'Confidential information, including documents and background papers for private session items on an agenda: there is no statutory right of access for members not on the particular Committee. Confidential information provided to members is not discussed with or released to anyone else, nor with other members without the permission of the person who gave it.',
      clauses: ['10.3', '11.3', '11.6', '11.7', '11.8', '11.9'],
    },
    {
      classification: 'exempt',
      grants: [
        { kind: 'committee_member', condition: COUNCIL_BUSINESS, description: 'Members of the particular Committee etc.' },
        {
          kind: 'overview_scrutiny',
          condition: SCRUTINY_CONDITION,
          description: 'Members of Overview and Scrutiny Panels (the only exception to the statutory rule).',
        },
        {
          kind: 'need_to_know',
          decidedBy: 'service_manager',
          condition: COUNCIL_BUSINESS,
          description:
            'Common law: any member whose access is reasonably necessary to perform their duties as a member; decided initially by the Service Manager whose Service holds the document (with advice from the Monitoring Officer), disputes by the Standards Committee.',
        },
      ],
      description:
        'Exempt information (for example about employees, occupiers of Council property, applicants for grants and other services, the care of children, contract and industrial relations negotiations, advice from Counsel and criminal investigations): there is no statutory right of access for members not on the particular Committee.',
      clauses: ['11.3', '11.6', '11.7', '11.8', '11.9'],
    },
    {
      classification: 'employee_personal',
      grants: [
        { kind: 'committee_member', condition: COUNCIL_BUSINESS, description: 'Members of the particular Committee etc.' },
        {
          kind: 'overview_scrutiny',
          condition: SCRUTINY_CONDITION,
          description: 'Members of Overview and Scrutiny Panels, on the conditions for confidential or exempt information.',
        },
        {
          kind: 'need_to_know',
          decidedBy: 'service_manager',
          condition: COUNCIL_BUSINESS,
          description: 'Common law need to know, decided initially by the Service Manager (with advice from the Monitoring Officer), disputes by the Standards Committee.',
        },
      ],
      description:
        'Information relating to employee matters is always regarded as confidential, and information relating to employees is an example of confidential or exempt information; the rules for confidential information apply.',
      clauses: ['10.3', '11.3', '11.6'],
    },
    // 16.8: "you must check with your Service Manager or Executive Head before releasing such information".
    {
      classification: 'commercially_sensitive',
      grants: [
        {
          kind: 'role',
          role: 'member',
          approvedBy: ['service_manager', 'head_of_service'],
          description: 'In most cases the information can be supplied to a Councillor who asks for it.',
        },
      ],
      description:
        'Information which is or may be commercially sensitive (particularly contract work or economic development, or information obtained under the Best Value regime).',
      clauses: ['16.8'],
    },
    // 11.10 also says some documents are "not accessible by members" at all, but names none, so no rule is
    // given for them.
    {
      classification: 'draft_report',
      grants: [
        {
          kind: 'administration_group',
          condition: COUNCIL_BUSINESS,
          description: 'Only the political group forming the administration, not the other political groups.',
        },
      ],
      description:
        'Agenda and reports are confidential until they become public in the ordinary course of the Council’s business; reports may be amended or withdrawn at any time up to agenda issue, and a member who obtains an advance copy does not make it public until the agenda is issued. Draft documents compiled in the context of emerging Council policies and draft reports, whose premature disclosure might be against the Council’s and the public interest, are an example of documents accessible only by the administration’s group.',
      clauses: ['10.4', '11.3', '11.10'],
    },
    {
      classification: 'party_group',
      grants: [{ kind: 'party_group_member', description: 'Members of the party group whose internal workings the document forms part of.' }],
      description:
        'By convention a member of one party group has no “need to know”, and so no right to inspect, a document forming part of the internal workings of another party group. Requests for advice from a political group, and the advice given, are confidential and not accessible to other groups; the factual information on which advice is based is available to all groups on request.',
      clauses: ['8.2', '11.11'],
    },
  ],
  disclosureExceptions: [
    {
      key: 'consent',
      description:
        'Information or documents provided to another member are not used or released without the consent of the member for whom they were intended; confidential information provided to an individual member is not discussed with other members without the permission of the person who gave it.',
      clauses: ['10.3'],
    },
    {
      key: 'already_public',
      description:
        'The restrictions apply to information not in the public domain; agenda and reports are confidential only until they become public in the ordinary course of the Council’s business.',
      clauses: ['10.3', '10.4'],
    },
    {
      key: 'legitimate_reason',
      description:
        'The Code of Conduct requires members not to disclose any information that is confidential without authority or a legitimate reason.',
      clauses: ['2.2'],
    },
    // 2.2(e) also allows disclosure "with authority" (neither consent nor a legitimate reason).
    {
      key: 'with_authority',
      description: 'Confidential information may be disclosed with authority (Code of Conduct, as 2.2(e) recalls).',
      clauses: ['2.2'],
    },
  ],
  obligations: [
    // 6.2: who arranges for the relationship to be entered in the register: the Monitoring Officer for a
    // councillor, the Service Manager for an employee (recordedBy).
    {
      kind: 'disclosure',
      appliesTo: ['member'],
      text: 'A councillor discloses any close social or personal relationship with an officer (whether it began before or after they were elected or the officer was employed) to their Group Leader and the Monitoring Officer; the Monitoring Officer arranges for it to be entered in the Register of Member Interests. Such relationships should never be hidden.',
      reportTo: ['group_leader', 'monitoring_officer'],
      register: 'Register of Member Interests',
      recordedBy: ['monitoring_officer'],
      clauses: ['6.2'],
    },
    {
      kind: 'disclosure',
      appliesTo: ['officer'],
      text: 'An employee discloses any close social or personal relationship with a member (whether it began before or after the member was elected or they were employed) to their Service Manager, who arranges for it to be entered in the Register of Officer Interests. Such relationships should never be hidden.',
      reportTo: ['service_manager'],
      register: 'Register of Officer Interests',
      recordedBy: ['service_manager'],
      clauses: ['6.2'],
    },
    {
      kind: 'duty',
      appliesTo: ['group_leader', 'director'],
      text: 'The Group Leaders and Strategic Director take what steps they reasonably can to ensure that neither the member nor the employee in a close personal relationship is placed in a position where their relationship will be seen to conflict with this Code or with the Council’s Code of Conduct.',
      clauses: ['6.2'],
    },
    {
      kind: 'duty',
      appliesTo: ['communications_officer'],
      text: 'The Council’s Public Relations Officer serves the Council as a whole and must operate within the limits of the Code of Recommended Practice on Local Authority Publicity issued under the Local Government Act 1986, which broadly prohibits the Council from publishing material that appears designed to affect public support for a political party.',
      clauses: ['12.1'],
    },
    // 15.1, 15.2: the order of precedence (inAbsence): the Vice-Chairman only in the Chairman's absence;
    // another Member of the Cabinet where the Portfolio Holder is not available; a member nominated by the
    // Portfolio Holder where neither is.
    {
      kind: 'right',
      appliesTo: ['chairman', 'vice_chairman'],
      inAbsence: [{ role: 'vice_chairman' }],
      text: 'The Chairman of the Council (or in their absence the Vice-Chairman) is the appropriate person to lead District Council ceremonial events which are of particular significance or are not specifically associated with a particular Committee, and to represent the District Council at ceremonial events of other organisations which are not specifically associated with the Cabinet or a particular Panel or Committee.',
      clauses: ['15.1'],
    },
    {
      kind: 'right',
      appliesTo: ['cabinet_member'],
      // Another Member of the Cabinet; then a member the Portfolio Holder nominates.
      inAbsence: [{ role: 'cabinet_member' }, { role: 'cabinet_member', orNominee: true }],
      text: 'Subject to 15.1, Portfolio Holders (or, where they are not available, another Member of the Cabinet) are the appropriate representatives for ceremonial events within the scope of their Portfolios; where neither is available, the Portfolio Holder may nominate another member.',
      clauses: ['15.2'],
    },
  ],
  adviceRoutes: [
    {
      topic: 'information_requests',
      description:
        'In cases of doubt about members’ approaches to a Service for information, explanation and advice, the appropriate Service Manager or the Monitoring Officer is asked for assistance; an officer with any concerns about information requests or the type of information to be supplied to Councillors contacts either their Service Manager or the Monitoring Officer.',
      advisers: ['service_manager', 'monitoring_officer'],
      clauses: ['11.4', '16.8'],
    },
    {
      topic: 'members_rights_to_inspect_documents',
      description: 'Further and more detailed advice regarding members’ rights to inspect Council documents may be obtained from the Monitoring Officer.',
      advisers: ['monitoring_officer'],
      clauses: ['11.12'],
    },
  ],
  correspondenceRules: [
    {
      key: 'copy_member_letter_with_notice_or_consent',
      description:
        'An officer does not normally copy correspondence between an individual member and an officer on a matter relating to a single constituent to any other member; where, exceptionally, it is necessary, this is made clear to the original member.',
      clauses: ['13.2'],
    },
    {
      key: 'no_blind_copies',
      description: 'A system of “silent or blind copies” is not used.',
      clauses: ['13.2'],
    },
    {
      key: 'members_copied_on_ward_issues_unless_asked',
      description:
        'Where a local member raises an issue relating specifically to a District Council Ward or an individual Parish or Town, copies of correspondence are normally sent to all councillors for that area, unless the member asks that it is not copied or there is a political or other reason why it is not appropriate (e.g. another ward member may have a declarable interest). Where correspondence is copied, this is made clear to the original member.',
      clauses: ['13.3'],
    },
    {
      key: 'officer_letters_in_own_name',
      description:
        'Official letters on behalf of the Council are normally sent in the name of the appropriate officer, not a member; exceptionally (e.g. representations to a Government Minister) a member may sign. Letters which create obligations or give instructions on behalf of the Council are never sent in the name of a member.',
      clauses: ['13.4'],
    },
    {
      key: 'political_correspondence_not_on_council_resources',
      description:
        'Support services are used only on Council business, never for party political or campaigning activity; the post distribution system is used by members only for correspondence and literature relating specifically to Council business (which can include Group correspondence directly relating to Council business).',
      clauses: ['9.1', '9.2'],
    },
  ],
  // The text gives no adoption date, adopting body or review arrangements.
  review: { clauses: [] },
};
