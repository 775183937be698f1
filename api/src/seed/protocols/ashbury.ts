import type { ProtocolDocument } from '../../domain/protocol';

/**
 * Ashbury Borough Council (a borough council with a Mayor, Leader and Cabinet; England
 * assumed, the text does not say): "Member/Officer Protocol", clause by clause (clauses 1
 * to 139, numbered as written; a section heading is given on the first clause under it).
 *
 * The text opens "Agreed Council 250609 (Members Enquiries section updated on 09.09.21)",
 * read as agreed by full Council on 25 June 2009 (DDMMYY: a YYMMDD reading, 9 June 2025,
 * would put adoption after the 2021 update, and clause 115's "personal or prejudicial
 * interest" belongs to the pre-2012 code of conduct), with the Member Enquiries section
 * (clauses 104-109) updated on 9 September 2021.
 */
export const protocol: ProtocolDocument = {
  title: 'Member/Officer Protocol',
  clauses: [
    // The unnumbered line before clause 1 (format 2: a paragraph without a number, cited by its id).
    { id: 'agreed', number: null, text: 'Agreed Council 250609 (Members Enquiries section updated on 09.09.21)' },
    {
      number: '1',
      text: 'Mutual trust and respect between Members and officers is at the heart of the Council’s good governance. They are essential if the partnership necessary for the effective running if a local authority is to succeed.',
    },
    {
      number: '2',
      text: 'This protocol is designed to:-\n- promote trust, openness, fairness and honesty by establishing clear ground rules;\n- define roles so as to clarify responsibilities\n- avoid conflict\n- prevent duplication or omission;\n- secure compliance with the law, codes of conduct and the Council’s own practices and procedures and to lay down procedures for dealing with concerns by Members or Officers.',
    },
    {
      number: '3',
      text: 'The protocol represents a central element of the Council’s corporate governance.',
    },
    {
      number: '4',
      heading: 'Definitions',
      text: 'Unless the context indicates otherwise, references to the term Council include the Executive, overview and scrutiny committees, and all other committees and sub-committees.',
    },
    {
      number: '5',
      text: 'For the purposes of this protocol, the term Executives refers to the Leader and Cabinet.',
    },
    {
      number: '6',
      text: 'Unless the context indicates otherwise, the terms Member and Members include non-elected (i.e. co-opted) Members as well as elected councillors.',
    },
    {
      number: '7',
      text: 'Officers and Employees mean all persons employed by the Council.',
    },
    {
      number: '8',
      text: 'Senior Officer means Chief Executive, Deputy Chief Executive, Executive Directors and Service Managers',
    },
    {
      number: '9',
      text: 'Designated Finance Officer means the Section 151 officer (currently the Chief Accountant 1.1.13)',
    },
    {
      number: '10',
      heading: 'Principles',
      text: 'Members and officers must at all times observe this protocol.',
    },
    {
      number: '11',
      text: 'The protocol has been approved by the Council’s Standards Committee who will monitor its operation.',
    },
    {
      number: '12',
      text: 'The protocol seeks to maintain and enhance the integrity (real and perceived) of local government which demands the highest standards of personal conduct.',
    },
    {
      number: '13',
      text: 'Members and officers must always respect the roles and duties of each other. They must show respect in all their dealings by observing reasonable standards of courtesy, and by not seeking to take unfair advantage by virtue of their position.',
    },
    {
      number: '14',
      text: 'Whilst Members and officers are indispensable to one another, their responsibilities are distinct. Members are accountable to the electorate and serve only as long as their term of office lasts. Officers are accountable to the Council as a whole. Their job is to give advice to Members (individually and collectively) and to carry out the Council’s work under the direction of the Council.',
    },
    {
      number: '15',
      text: 'The Council has adopted codes of conduct for both Members and officers. The following principles underpinning both codes of this protocol:-\n- Selflessness – serving only the public interest.\n- Honesty and integrity – not allowing these to be questioned; not behaving improperly.\n- Objectivity – taking decisions on merit.\n- Accountability – to the public; being open to scrutiny.\n- Openness – giving reasons for decisions.\n- Personal judgement – reaching one’s own conclusions and acting accordingly\n- Respect for others – promoting equality; avoiding discrimination; respecting others (Member/Member, as well as Member/officer and officer/officer).\n- Duty to uphold the law – not acting unlawfully.\n- Stewardship – ensuring the prudent use of a council’s resources.\n- Leadership – acting in a way which has public confidence.',
    },
    {
      number: '16',
      text: 'Officers are bound by the Council’s Code of Conduct for staff and in some cases by the codes of the professional associations.',
    },
    {
      number: '17',
      text: 'Breaches of this protocol by a Member may result in a complaint to the Council’s Standards Committee if it appears the Members’ code has also been breached. Breaches by an officer may lead to disciplinary action.',
    },
    {
      number: '18',
      heading: 'The role of officers',
      text: 'Officers are responsible for giving advice to Members to enable them to fulfil their roles. In doing so, officers will take into account all available relevant factors.',
    },
    {
      number: '19',
      text: 'Under the direction and control of the Council (including, as appropriate, the Cabinet, committees and sub-committees), officers manage and provide the Council’s services within the framework of responsibilities delegated to them. This includes the effective management of employees and operational issues.',
    },
    {
      number: '20',
      text: 'Officers have a duty to implement decisions of the Council, the Cabinet, committees and sub-committees which are lawful, and which have been properly approved in accordance with the requirements of the law and the Council’s constitution, and duly minuted.',
    },
    {
      number: '21',
      text: 'Officers have a contractual and legal duty to be impartial. They must not allow their professional judgement and advice to be influenced by their own personal views.',
    },
    {
      number: '22',
      text: 'Officers must assist and advise all parts of the Council. They must always act to the best of their abilities in the best interests of the authority as expressed in the Council’s formal decisions.',
    },
    {
      number: '23',
      text: 'Officers must be alert to issues which are, or are likely to be, contentious or politically sensitive, and be aware of the implications for Members, the media or other sections of the public.',
    },
    {
      number: '24',
      text: 'Officers have the right not to support Members in any role other than that of Member, and not to engage in actions incompatible with this protocol. In particular, there is a statutory limitation on officers’ involvement in political activities',
    },
    {
      number: '25',
      heading: 'The role of Members',
      text: 'Members have a number of roles and need to be alert to the potential for conflicts of interest which may arise between the roles. Where such conflicts are likely, Members may wish to seek the advice of senior colleagues, the relevant senior officer(s), and/or the Monitoring Officer.',
    },
    {
      number: '26',
      text: 'Collectively, Members are the ultimate policy-makers determining the core values of the Council and approving the authority’s policy framework, strategic plans and budget.',
    },
    {
      number: '27',
      text: 'Members represent the community, act as community leaders and promote the social, economic and environmental well-being of the community often in partnership with other agencies.',
    },
    {
      number: '28',
      text: 'Every elected-Member represents the interests of, and is an advocate for, his/her ward and individual constituents. He/she represents the Council in the ward, responds to the concerns of constituents, meets with partner agencies, and often serves on local bodies.',
    },
    {
      number: '29',
      text: 'Some Members have roles relating to their position as Members of the Executive, overview and scrutiny committees or other committees and sub-committees of the Council.',
    },
    {
      number: '30',
      text: 'Members of the Executive can have individual delegated powers. They may determine matters within their portfolios but implementation of their decisions is the responsibility of officers.',
    },
    {
      number: '31',
      text: 'Members serving on overview and scrutiny committees/panels monitor the effectiveness of the Council’s policies and services, develop policy proposals in accordance with their terms of reference.',
    },
    {
      number: '32',
      text: 'Members who serve on other committees and sub-committees collectively have delegated responsibilities, e.g. deciding quasi-judicial matters which by law are excluded from the remit of the Executive.',
    },
    {
      number: '33',
      text: 'Some Members may be appointed to represent the Council on local, regional or national bodies.',
    },
    {
      number: '34',
      text: 'As politicians, Members may express the values and aspirations of the party political groups to which they belong, recognising that in their role as Members they have a duty always to act in the public interest.',
    },
    {
      number: '35',
      text: 'Members are not authorised to instruct officers other than:\n- through the formal decision-making process;\n- to request the provision of resources provided by the Council for Members’ use;\n- where employees have been specifically allocated to give support to a Member or group of Members; and',
    },
    {
      number: '36',
      text: 'Members are not authorised to initiate or certify financial transactions, or to enter into a contract on behalf of the Council.',
    },
    {
      number: '37',
      text: 'Members must avoid taking actions which are unlawful, financially improper or likely to amount to maladministration. Members have an obligation under their code of conduct to have regard, when reaching decisions, to any advice provided by the Monitoring Officer or the designated Finance Officer.',
    },
    {
      number: '38',
      text: 'Members must respect the impartiality of officers and do nothing to compromise it, e.g. by insisting that an officer change his/her professional advice.',
    },
    {
      number: '39',
      text: 'Members have a duty under their code of conduct:\n- to promote equality by not discriminating unlawfully against any person, and\n- to treat others with respect.',
    },
    {
      number: '40',
      text: 'Under the code, a Member must not when acting as a Member or in any other capacity:\n- bring the Council or his/her position as a Member into disrepute, or\n- use his/her position as a Member improperly to gain an advantage or disadvantage for his/herself or any other person.',
    },
    {
      number: '41',
      heading: 'The relationship between Members and officers: general',
      text: 'The conduct of Members and officers should be such as to instil mutual confidence and trust.',
    },
    {
      number: '42',
      text: 'The key elements are recognition of and respect for each other’s roles and responsibilities. These should be reflected in the behaviour and attitude of each to the other, both publicly and privately.',
    },
    {
      number: '43',
      text: 'Informal and collaborative two-way contact between Members and officers is encouraged. But personal familiarity can damage the relationship, as might a family or business connection.',
    },
    {
      number: '44',
      text: 'Members and officers should inform the Monitoring Officer of any relationship which might be seen as unduly influencing their work in their respective roles.',
    },
    {
      number: '45',
      text: 'It is not enough to avoid actual impropriety. Members and officers should always be open about their relationships to avoid any reason for suspicion and any appearance of improper conduct. Where a personal relationship has been disclosed, those concerned should avoid a situation where conflict could be perceived. Specifically, a Member should not sit on a body or participate in any decision which directly affects the officer on a personal basis.',
    },
    {
      number: '46',
      text: 'Officers serve the Council as a whole. They have a duty to implement the properly authorised decisions of the Council.',
    },
    {
      number: '47',
      text: 'Officers will make every effort to give timely responses to Member’s enquiries in accordance with the appropriate timescales set out in Paragraphs 105 - 111',
    },
    {
      number: '48',
      text: 'An officer shall not discuss with a Member personal matters concerning him/herself or another individual employee. This does not prevent an officer raising on a personal basis, and in his/her own time, a matter with his/her ward Member.',
    },
    {
      number: '49',
      text: 'Members and officers should respect each other’s free (i.e. non-Council) time.',
    },
    {
      number: '50',
      heading: 'The Council as employer',
      text: 'Officers are employed by the Council as a whole.',
    },
    {
      number: '51',
      text: 'Members’ roles are:\n- the appointment of specified senior posts,\n- determining human resources policies and conditions of employment,\n- hearing and determining appeals.',
    },
    {
      number: '52',
      text: 'Members shall not act outside these roles.',
    },
    {
      number: '53',
      text: 'Participating in the appointment of officers, Members should:\n- remember that the sole criterion is merit\n- never canvass support for a particular candidate,\n- not take part where one of the candidates is a close friend or relative,\n- not be influenced by personal preferences, and\n- not favour a candidate by giving him/her information not available to the other candidates.',
    },
    {
      number: '54',
      text: 'A Member should not sit on an appeal hearing if the appellant is a friend, a relative, or an officer with whom the Member has had a working relationship.',
    },
    {
      number: '55',
      heading: 'Mayor and officers',
      text: 'Officers will respect the position of Mayor and provide appropriate support.',
    },
    {
      number: '56',
      heading: 'Executive Members and officers',
      text: 'Executive Members will take decisions in accordance with the constitution and will not otherwise direct staff. Senior officers will be responsible for instructing staff to implement the Executive’s decisions.',
    },
    {
      number: '57',
      text: 'In addition to individual Members of the Executive, senior officers (including the Monitoring Officer and the designated Finance Officer) have the right to submit papers to the Executive as a whole or to individual Executive Members for consideration.',
    },
    {
      number: '58',
      text: 'Senior officers and Executive Members shall agree mutually convenient methods of regular contact. Before taking any formal decisions, the Executive will seek appropriate professional advice including, without exception, the Monitoring Officer and designated Finance Officer, and will not direct officers in the framing of recommendations.',
    },
    {
      number: '59',
      text: 'Before any formal decisions with a financial implication are taken by the Executive, the Finance Officer and the senior officer(s) for the service(s) concerned must be consulted. This is to ensure that those officers who are budget holders:\n- are aware of the proposed decision,\n- have the opportunity to offer advice, and\n- are subsequently able properly to authorise the financial transactions needed to implement decisions.',
    },
    {
      number: '60',
      text: 'An individual Executive Member who is minded to write or commission a report or to make a decision about a matter within his/her portfolio must ensure that those other Members and officers who need to know of the matter are so informed. There is a particular requirement to involve other Executive Members on cross-cutting issues.',
    },
    {
      number: '61',
      text: 'Executive Members when making decisions (whether collectively or individually) must state the reasons for those decisions. The written record of the decisions must include the reasons.',
    },
    {
      number: '62',
      text: 'Officers taking decisions under their delegated powers must consider the advisability of informing the relevant Executive Member(s) of their intentions in advance when the matter to which the decisions relates is likely to be sensitive or contentious, or has wider policy implications.',
    },
    {
      number: '63',
      heading: 'Overview and Scrutiny Members and officers',
      text: 'Chairmen and other leading scrutiny Members shall maintain regular contact with the officer(s) providing the principal support to the scrutiny function. In consultation with chairmen, it shall be the responsibility of the latter to ensure that those who need to know of matters being considered or for possible future consideration are so informed.',
    },
    {
      number: '64',
      text: 'An Overview and Scrutiny Committee or its chairman acting on its behalf may require officers to attend scrutiny meetings. Members should not normally expect junior officers to give evidence. All requests should be made to senior officers in the first instance.',
    },
    {
      number: '65',
      text: 'When making requests for officer attendance, overview and scrutiny Members shall have regard to the workload of officers.',
    },
    {
      number: '66',
      text: 'It is recognised that officers required to appear before an Overview and Scrutiny Committee may often be those who have advised the Executive or another part of the Council on the matter under investigation. In these circumstances, an officer may have a conflict of interest. Both Members and officers need to consider the severity of the conflict. If deemed appropriate, research and advice may be sought elsewhere – from the Council’s overview and scrutiny support officers or externally.',
    },
    {
      number: '67',
      text: 'Subject to 66 above, officers should be prepared to justify advice given to the Council, the Executive, or other committees and sub-committees even when the advice was not accepted.',
    },
    {
      number: '68',
      text: 'Officers must also be prepared to justify decisions they have taken under delegated powers.',
    },
    {
      number: '69',
      text: 'In giving evidence, officers must not be asked to give political views.',
    },
    {
      number: '70',
      text: 'Officers should respect Members in the way they respond to Members’ questions.',
    },
    {
      number: '71',
      text: 'Members should not question officers in a way which could be interpreted as harassment. Neither should they ask about matters of a disciplinary nature.',
    },
    {
      number: '72',
      text: 'Overview and scrutiny proceedings must not be used to question the capability or competence of officers. Chairmen and Members need to make a distinction between reviewing the policies and performance of the Council and its services, and appraising the personal performance of staff. The latter is not an overview and scrutiny function.',
    },
    {
      number: '73',
      text: 'In exercising the right to call-in a decision of the Executive, overview and scrutiny Members must seek officer advice if they consider the decision is contrary to the Council’s approved plans, policies or frameworks, or is unlawful.',
    },
    {
      number: '74',
      heading: 'Members of other committees or sub-committees and officers',
      text: 'The appropriate senior officers will offer to arrange regular informal meetings with chairmen, vice-chairmen, and spokesmen of committees and subcommittees.',
    },
    {
      number: '75',
      text: 'Senior officers (including the Monitoring Officer and the designated Finance Officer) have the right to present reports and give advice to committees and sub-committees.',
    },
    {
      number: '76',
      text: 'Members of a committee or sub-committee shall take decisions within the remit of that committee or sub-committee, and will not otherwise instruct officers to act.',
    },
    {
      number: '77',
      text: 'At some committee or sub-committee meetings, a resolution may be passed which authorises a named officer to take action between meetings in consultation with the chairman. In these circumstances it is the officer, not the chairman, who takes the action and is responsible for it. A chairman has no legal power to take decisions on behalf of a committee or sub-committee, neither should he/she apply inappropriate pressure on the officer.',
    },
    {
      number: '78',
      heading: 'Party groups and officers',
      text: 'Senior officers may properly be asked to contribute to deliberations of matters concerning Council business by party groups.',
    },
    {
      number: '79',
      text: 'Officers have the right to refuse such requests, and will normally not attend a meeting of a party group where some of those attending are not Members of the Council.',
    },
    {
      number: '80',
      text: 'Officer support will not extend beyond providing factual information or professional advice in relation to matters of Council business. Officers must not be involved in advising on matters of party business, and therefore should not be expected to be present at meetings or parts of meetings when such matters are to be discussed.',
    },
    {
      number: '81',
      text: 'Party group meetings are not empowered to make decisions on behalf of the Council, and conclusions reached at such meetings do not rank as formal decisions. The presence of an officer confers no formal status on such meetings in terms of Council business and must not be interpreted as doing so.',
    },
    {
      number: '82',
      text: 'Where officers provide factual information and advice to a party group in relation to a matter of Council business, this is not a substitute for providing all the necessary information and advice when the matter in question is formally considered by the relevant part of the Council.',
    },
    {
      number: '83',
      text: 'It must not be assumed that an officer is supportive of a particular policy or view considered at a party group meeting simply because he/she has attended or provided information to the meeting.',
    },
    {
      number: '84',
      text: 'Officers will respect the confidentiality of any party group discussions at which they are present and, unless requested to do so by that party group, will not relay the content of such discussions to another party group or to any other Members. This shall not prevent an officer providing feedback to other senior officers on a need-to-know basis.',
    },
    {
      number: '85',
      text: 'In their dealings with party groups, officers must treat each group in a fair and even-handed manner.',
    },
    {
      number: '86',
      text: 'Members must not do anything which compromises or is likely to compromise officers’ impartiality.',
    },
    {
      number: '87',
      text: 'The duration of an officer’s attendance at a party group meeting will be at the discretion of the group, but an officer may leave at any time if he/she feels it is no longer appropriate to be there.',
    },
    {
      number: '88',
      text: 'An officer accepting an invitation to the meeting of one party group shall not decline an invitation to advise another group about the same matter. He/she must give substantially the same advice to each.',
    },
    {
      number: '89',
      text: 'An officer who is not a senior officer shall not be invited to attend a party group meeting, but a senior officer may nominate another officer to attend on his/her behalf.',
    },
    {
      number: '90',
      text: 'An officer should be given the opportunity of verifying comments and advice attributed to him/her in any written record of a party group meeting.',
    },
    {
      number: '91',
      text: 'No Member will refer in public or at meetings of the Council to advice or information given by officers to a party group meeting.',
    },
    {
      number: '92',
      text: 'At party group meetings where some of those present are not Members of the Council, care must be taken not to divulge confidential information relating to Council business. Persons who are not Members are not bound by the Members’ code of conduct. They do not have the same rights to Council information as Members.',
    },
    {
      number: '93',
      text: 'Any particular cases of difficulty or uncertainty in relation to this part of the protocol should be raised with the Chief Executive and the relevant party group leader.',
    },
    {
      number: '94',
      heading: 'Local Members and officers',
      text: 'To enable them to carry out their ward role effectively, Members need to be fully informed about matters affecting their ward. Senior officers must ensure that all relevant staff are aware of the requirement to keep Members informed, thus allowing Members to contribute to the decision-making process and develop their representative role.',
    },
    {
      number: '95',
      text: 'This requirement is particularly important:\n- during the formative stages of policy development, where practicable,\n- in relation to significant or sensitive operational matters,\n- whenever any form of public consultation exercise is undertaken, and\n- during an overview and scrutiny investigation.',
    },
    {
      number: '96',
      text: 'Issues may affect a single ward. Where they have a wider impact, a number of local Members will need to be kept informed.',
    },
    {
      number: '97',
      text: 'Whenever a public meeting is organised by the Council to consider a local issue, all the Members representing the wards affected should be invited to attend the meeting as a matter of course.',
    },
    {
      number: '98',
      text: 'If a local Member intends to arrange a public meeting on a matter concerning some aspect of the Council’s work, he/she should inform the relevant officer. Provided the meeting has not been arranged on a party political basis:\n- an officer may attend but is not obliged to do so, and\n- the meeting may be held in Council-owned premises.',
    },
    {
      number: '99',
      text: 'No such meetings should be arranged or held in the immediate run-up to Council elections.',
    },
    {
      number: '100',
      text: 'Officers will not normally accompany Members to ward surgeries. However, if they do so:\n- the surgeries must be open to the general public, and\n- officers should not be requested to accompany Members to surgeries held in the offices or premises of political parties.',
    },
    {
      number: '101',
      text: 'Officers must never be asked to attend ward or constituency political party meetings.',
    },
    {
      number: '102',
      text: 'It is acknowledged that some Council staff (e.g. those providing dedicated support to Executive Members) may receive and handle messages for Members on topics unrelated to the Council. Whilst these will often concern diary management, care should be taken to avoid Council resources being used for private or party political purposes.',
    },
    {
      number: '103',
      text: 'In seeking to deal with constituents’ queries or concerns, Members should not seek to jump the queue but should respect the Council’s procedures. Officers have many pressures on their time. They may not always be able to carry out the work required by Members in the requested timescale, and may need to seek instructions from their managers.',
    },
    {
      number: '104',
      heading: 'Member Enquiries',
      text: 'It is acknowledged that there are a wide range and diversity, of enquiries that a Member may wish to pursue, this section offers guidance on the procedure relating most commonly received Member enquiries as follows.',
    },
    {
      number: '105',
      text: 'Planning applications / planning enforcement: enquiries should normally be directed in the first instance to the case officer who will normally reply by email or telephone within three working days. Should the matter be of a particularly sensitive or complex nature the enquiry should be directed to the relevant team leader or the planning control Manager. Members are encouraged to check the planning section of the Councils website prior to contacting officers when seeking information on live planning applications.',
    },
    {
      number: '106',
      text: 'Matters (other than live planning/ planning enforcement cases) related to a Member’s own Ward: enquires should be sent by email to the Member Enquiries Mailbox, which will be acknowledged within 2 working days and a response should be provided within 10 working days. If further time is required to provide a response, the Member will be given an estimate of the length of time necessary to prepare a full response together with a brief explanation of the reason that a longer timescale is required. If a response is not provided by responsible officers to the staff responsible for the Members Enquiries Inbox, they should then escalate this to the Executive Director or Chief Executive. Should the Member be unhappy with the explanation provided to them then this should be raised with an Executive Director. Where a matter is considered by the Member to be particularly urgent and time is of the essence, Members should confirm this within their email to the Members Enquiries Mailbox.',
    },
    {
      number: '107',
      text: 'Policy matters under active consideration by a Council body or any other matter directly relating to a report due to be considered by a Council body: enquires should be sent by email to the Member Enquiries Mailbox, which will be acknowledged within 1 working day and a response will aim to be provided before the relevant meeting.',
    },
    {
      number: '108',
      text: 'Complaints: enquires should be directed to the Democratic Service Manager, the Monitoring Officer or to the Chief Executive. Depending on the nature and severity of the issue, a response will be provided within three working days but in more complex cases an acknowledgement will be provided together with an estimation of the time likely to be required to fully address the matter.',
    },
    {
      number: '109',
      text: 'Portfolio/political issues - such enquires should be directed to the Council Leader/Deputy leader or the relevant portfolio leader.',
    },
    {
      number: '110',
      heading: 'Members’ access to documents and information',
      text: 'This part of the protocol should be read in conjunction with the Access to Information Rules in the Council’s constitution.',
    },
    {
      number: '111',
      text: 'Members may request such information, explanation and advice as they may reasonably need to assist them to discharge their roles as Members. This may range from general information about some aspect of the Council’s services to specific information on behalf of a constituent. Requests should be sent by email to the Member Enquiries Mailbox, which will be acknowledged within 2 working days and a response should be provided within 10 working days. Where information is requested on behalf of a third party, it will only be provided if:\n- it is in the public domain, and\n- it is not barred by legislation from being given.',
    },
    {
      number: '112',
      text: 'Every Member of the Executive, an Overview and Scrutiny Committee, and/or any other committee or sub-committee has a right to inspect documents about the business of that Overview and Scrutiny Committee, other committee or sub-committee or the Executive.',
    },
    {
      number: '113',
      text: 'A Member who is not a Member of a specific Overview and Scrutiny Committee, other committee or sub-committee, or the Executive may have access to any document published by that specific part of the Council provided:\n- he/she can demonstrate a reasonable need to see the documents in order to carry out his/her roles as a Member (the “need to know” principle), and\n- the documents do not contain “confidential” or “exempt” information as defined by the law.',
    },
    {
      number: '114',
      text: 'Disputes as to the validity of a Member’s request to see a document on a need to know basis will be determined by the Monitoring Officer. Officers should seek his/her advice if in any doubt about the reasonableness of a Member’s request.',
    },
    {
      number: '115',
      text: 'A Member should obtain advice from the Monitoring Officer in circumstances where he/she wishes to have access to documents or information:\n- where to do so is likely to be in breach of the Data Protection Act, or\n- where the subject matter is one in which he/she has a personal or prejudicial interest as defined in the Members’ code of conduct.',
    },
    {
      number: '116',
      text: 'Information given to a Member must only be used for the purpose for which it was requested.',
    },
    {
      number: '117',
      text: 'It is an accepted convention that a Member of one party group will not have a need to know and therefore a right to inspect a document which forms part of the internal workings of another party group.',
    },
    {
      number: '118',
      text: 'Members and officers must not disclose information given to them in confidence without the consent of a person authorised to give it, or unless required by law to do so.',
    },
    {
      number: '119',
      text: 'When requested to do so, officers will keep confidential from other Members advice requested by a Member.',
    },
    {
      number: '120',
      text: 'Members and officers must not prevent another person from gaining access to information to which that person is entitled by law.',
    },
    {
      number: '121',
      heading: 'Media relations',
      text: 'All formal relations with the media must be conducted in accordance with the Council’s agreed media relations guide and the law on local authority publicity.',
    },
    {
      number: '122',
      text: 'Press releases or statements made by officers must promote or give information on Council policy or services. They will be factual and consistent with Council policy. They cannot be used to promote a party group.',
    },
    {
      number: '123',
      text: 'Officers will keep appropriate Members informed of media interest in the Council’s activities, especially regarding strategic or contentious matters.',
    },
    {
      number: '124',
      text: 'Before responding to enquiries from the media, officers shall ensure they are authorised to do so.',
    },
    {
      number: '125',
      text: 'Likewise, officers will inform the Council’s communications unit of issues likely to be of media interest, since that unit is often the media’s first point of contact.',
    },
    {
      number: '126',
      text: 'If a Member is contacted by, or contacts, the media on an issue, he/she should:\n- indicate in what capacity he/she is speaking (e.g. as ward Member, in a personal capacity, as an Cabinet Member, on behalf of the Council, or on behalf of a party group);\n- be sure of what he/she wants to say or not to say;\n- if necessary, and always when he/she would like a press release to be issued, seek assistance from the Council’s press office and/or relevant senior officer, except in relation to a statement which is party political in nature;\n- consider the likely consequences for the Council of his/her statement (e.g. commitment to a particular course of action, image, allegations of jumping to conclusions);\n- never give a commitment in relation to matters which may be subject to claims from third parties and/or are likely to be an insurance matter;\n- consider whether to consult other relevant Members; and\n- take particular care in what he/she says in the run-up to local or national elections to avoid giving the impression of electioneering, unless he/she has been contacted as an election candidate or political party activist.',
    },
    {
      number: '127',
      heading: 'Correspondence',
      text: 'Correspondence between an individual Member and an officer should not be copied to another Member unless the author expressly intends and states that this is the case or consents. Where correspondence is copied, this should always be made explicit, i.e. there should be no “blind” copies.',
    },
    {
      number: '128',
      text: 'Official letters written on behalf of the Council should normally be in the name of the relevant officer. It may be appropriate in some circumstances (e.g. representations to a Government Minister) for letters to appear in the name of a Executive Member or the chairman of a Scrutiny Panel.',
    },
    {
      number: '129',
      text: 'The Mayor may initiate correspondence in his/her own name.',
    },
    {
      number: '130',
      text: 'Letters which create legally enforceable obligations or which give instructions on behalf of the Council should never be sent in the name of a Member.',
    },
    {
      number: '131',
      text: 'When writing in an individual capacity as a ward Member, a Member must make clear that fact.',
    },
    {
      number: '132',
      heading: 'Use of Council resources',
      text: 'The Council provides all Members with services such as printing and photocopying, and goods such as stationery and computer equipment, to assist them in discharging their roles as Members of the Council. These goods and services are paid for from the public purse. They should not be used for private purposes or in connection with party political or campaigning activities.',
    },
    {
      number: '133',
      text: 'Members should ensure they understand and comply with the Council’s own rules about the use of such resources, particularly:\n- where facilities are provided in Members’ homes at the Council’s expense;\n- in relation to any locally-agreed arrangements e.g. payment for private photocopying; and\n- regarding ICT security',
    },
    {
      number: '134',
      text: 'Members should not put pressure on employees to provide resources or support which officers are not permitted to give. Examples are:\n- business which is solely to do with a political party;\n- work in connection with a ward or constituency party political meeting;\n- electioneering;\n- work associated with an event attended by a Member in a capacity other than as a Member of the Council;\n- private personal correspondence;\n- work in connection with another body or organisation where a Member’s involvement is other than as a Member of the Council; and\n- support to a Member in his/her capacity as a councillor of another local authority.',
    },
    {
      number: '135',
      heading: 'Interpretation, complaints and allegations of breaches',
      text: 'This part of the protocol should be read in conjunction with the Council “whistle-blowing” policy the Council.',
    },
    {
      number: '136',
      text: 'Members or officers with questions about the implementation or interpretation of any part of this protocol should seek the guidance of the Monitoring Officer.',
    },
    {
      number: '137',
      text: 'A Member who is unhappy about the actions taken by, or conduct of, an officer should:\n- avoid personal attacks on, or abuse of, the officer at all times,\n- ensure that any criticism is well founded and constructive,\n- ensure that any criticism is made in private\n- take up the concern with the appropriate Executive Director or Service Manager.\n- If the matter is of a particularly serious nature to inform the Leader and Chief Executive.',
    },
    {
      number: '138',
      text: 'A serious breach of this protocol by an officer may lead to an investigation under the Council’s disciplinary procedure.',
    },
    {
      number: '139',
      text: 'An officer who believes a Member may have acted other than in accordance with this protocol should raise his/her concern with their Executive Director who may refer the matter to the Monitoring Officer. He/she will consider how the complaint or allegation should be dealt with. At a minor level, this may be no more than informally referring the matter to the leader of the relevant party group. More serious complaints may involve alleged breaches of the Members’ code of conduct, and may be referred to the Standards Committee.',
    },
  ],
  roles: [
    { key: 'member', title: 'Member', kind: 'member', clauses: ['6', '10', '13', '35', '111'] },
    { key: 'co_opted_member', title: 'co-opted Member', kind: 'member', clauses: ['6'] },
    { key: 'ward_member', title: 'ward Member', kind: 'member', clauses: ['28', '48', '94', '96', '97', '98', '131'] },
    { key: 'mayor', title: 'Mayor', kind: 'member', clauses: ['55', '129'] },
    { key: 'leader', title: 'Council Leader', kind: 'member', clauses: ['5', '109', '137'] },
    { key: 'deputy_leader', title: 'Deputy Leader', kind: 'member', clauses: ['109'] },
    { key: 'cabinet_member', title: 'Executive Member', kind: 'member', clauses: ['30', '56', '57', '58', '60', '61', '62', '109', '126'] },
    { key: 'committee_chair', title: 'Chairman', kind: 'member', clauses: ['63', '64', '72', '74', '77', '128'] },
    { key: 'group_leader', title: 'party group leader', kind: 'member', clauses: ['93', '139'] },
    { key: 'chief_executive', title: 'Chief Executive', kind: 'officer', clauses: ['8', '93', '106', '108', '137'] },
    { key: 'deputy_chief_executive', title: 'Deputy Chief Executive', kind: 'officer', clauses: ['8'] },
    {
      key: 'monitoring_officer',
      title: 'Monitoring Officer',
      kind: 'officer',
      clauses: ['25', '37', '44', '57', '58', '75', '108', '114', '115', '136', '139'],
    },
    // Clause 9: "the Section 151 officer (currently the Chief Accountant 1.1.13)".
    { key: 'section_151_officer', title: 'Designated Finance Officer', kind: 'officer', clauses: ['9', '37', '57', '58', '59', '75'] },
    { key: 'director', title: 'Executive Director', kind: 'officer', clauses: ['8', '106', '137', '139'] },
    { key: 'service_manager', title: 'Service Manager', kind: 'officer', clauses: ['8', '137'] },
    // Clause 105: particularly sensitive or complex planning enquiries go to "the relevant team leader or the
    // planning control Manager" instead of the case officer.
    { key: 'team_leader', title: 'team leader', kind: 'officer', clauses: ['105'] },
    { key: 'planning_manager', title: 'planning control Manager', kind: 'officer', clauses: ['105'] },
    { key: 'case_officer', title: 'case officer', kind: 'officer', clauses: ['105'] },
    // The staff responsible for the Member Enquiries Mailbox (clauses 106, 107, 111). The text does not say
    // which team they belong to; 'democratic_services' is the nearest key.
    { key: 'democratic_services', title: 'Member Enquiries Mailbox', kind: 'officer', clauses: ['106', '107', '111'] },
    // Clause 108: complaints may go to the Democratic Service Manager (a post apart from the Mailbox staff).
    { key: 'democratic_services_manager', title: 'Democratic Service Manager', kind: 'officer', clauses: ['108'] },
    // Clause 125 calls it the Council's "communications unit", clause 126 the Council's "press office".
    { key: 'communications_officer', title: 'communications unit', kind: 'officer', clauses: ['125', '126'] },
    // Clause 24 says only that "there is a statutory limitation on officers' involvement in political
    // activities"; it names no politically restricted posts, so no role is flagged `politicallyRestricted`.
    { key: 'officer', title: 'Officer', kind: 'officer', clauses: ['7', '8', '24'] },
    { key: 'full_council', title: 'Council', kind: 'body', clauses: ['4'] },
    { key: 'executive', title: 'Executive (the Leader and Cabinet)', kind: 'body', clauses: ['5', '56', '57', '58', '59', '112'] },
    { key: 'standards_committee', title: 'Standards Committee', kind: 'body', clauses: ['11', '17', '139'] },
    {
      key: 'overview_scrutiny_committee',
      title: 'Overview and Scrutiny Committee',
      kind: 'body',
      clauses: ['31', '63', '64', '65', '66', '72', '73', '112'],
    },
    { key: 'committee', title: 'committee or sub-committee', kind: 'body', clauses: ['32', '74', '75', '76', '77', '112'] },
    { key: 'party_group', title: 'party group', kind: 'body', clauses: ['34', '78', '84', '85', '88', '117'] },
  ],
  expectations: [
    // What Members can expect from officers (officers' duties in the text).
    {
      direction: 'members_from_officers',
      text: 'Officers respect the roles and duties of Members and show respect in all their dealings by observing reasonable standards of courtesy, and do not seek to take unfair advantage by virtue of their position.',
      clauses: ['13', '41', '42'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers give Members advice to enable them to fulfil their roles, taking into account all available relevant factors.',
      clauses: ['14', '18'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers implement decisions of the Council, the Cabinet, committees and sub-committees which are lawful, properly approved in accordance with the law and the constitution, and duly minuted.',
      clauses: ['20', '46'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers are impartial: they do not allow their professional judgement and advice to be influenced by their own personal views.',
      clauses: ['21'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers assist and advise all parts of the Council and act to the best of their abilities in the best interests of the authority as expressed in the Council’s formal decisions.',
      clauses: ['22', '46'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers are alert to issues which are, or are likely to be, contentious or politically sensitive, and aware of the implications for Members, the media or other sections of the public.',
      clauses: ['23'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers make every effort to give timely responses to Members’ enquiries within the timescales set out in paragraphs 105 to 111.',
      clauses: ['47'],
    },
    {
      direction: 'members_from_officers',
      text: 'An officer does not discuss with a Member personal matters concerning him/herself or another individual employee; an officer may still raise a matter, on a personal basis and in his/her own time, with his/her ward Member.',
      clauses: ['48'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers respect Members’ free (non-Council) time.',
      clauses: ['49'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers respect the position of Mayor and provide appropriate support.',
      clauses: ['55'],
    },
    {
      direction: 'members_from_officers',
      text: 'Senior officers instruct staff to implement the Executive’s decisions, and agree mutually convenient methods of regular contact with Executive Members.',
      clauses: ['56', '58'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers taking decisions under delegated powers consider informing the relevant Executive Member(s) of their intentions in advance when the matter is likely to be sensitive or contentious, or has wider policy implications.',
      clauses: ['62'],
    },
    {
      direction: 'members_from_officers',
      text: 'The officer(s) providing the principal support to the scrutiny function maintain regular contact with scrutiny chairmen and, in consultation with them, ensure that those who need to know of matters being considered, or for possible future consideration, are informed.',
      clauses: ['63'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers are prepared to justify advice given to the Council, the Executive or committees (even when it was not accepted) and decisions taken under delegated powers, subject to any conflict of interest, in which case research and advice may be sought from the overview and scrutiny support officers or externally.',
      clauses: ['66', '67', '68'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers respect Members in the way they respond to Members’ questions.',
      clauses: ['70'],
    },
    {
      direction: 'members_from_officers',
      text: 'The appropriate senior officers offer to arrange regular informal meetings with chairmen, vice-chairmen and spokesmen of committees and sub-committees.',
      clauses: ['74'],
    },
    {
      direction: 'members_from_officers',
      text: 'Where a resolution authorises a named officer to act between meetings in consultation with the chairman, it is the officer, not the chairman, who takes the action and is responsible for it.',
      clauses: ['77'],
    },
    {
      direction: 'members_from_officers',
      text: 'Senior officers may contribute to party groups’ deliberations on Council business; officers normally do not attend a party group meeting where some of those attending are not Members of the Council.',
      clauses: ['78', '79'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officer support to party groups is limited to factual information or professional advice on Council business, never party business (officers are not expected to be present when it is discussed); it is no substitute for full information and advice when the matter is formally considered, and attending does not mean the officer supports a policy.',
      clauses: ['80', '82', '83'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers respect the confidentiality of party group discussions at which they are present and do not relay them to another party group or to other Members unless that group asks; they may give feedback to other senior officers on a need-to-know basis.',
      clauses: ['84'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers treat each party group fairly and even-handedly: an officer who accepts an invitation from one group does not decline an invitation to advise another group on the same matter, and gives substantially the same advice to each.',
      clauses: ['85', '88'],
    },
    {
      direction: 'members_from_officers',
      text: 'Members are kept fully informed about matters affecting their ward (particularly during the formative stages of policy development, on significant or sensitive operational matters, during any public consultation and during an overview and scrutiny investigation); where issues have a wider impact, all the local Members concerned are kept informed. Senior officers ensure that relevant staff are aware of this requirement.',
      clauses: ['94', '95', '96'],
    },
    {
      direction: 'members_from_officers',
      text: 'All the Members representing the wards affected are invited to any public meeting organised by the Council to consider a local issue.',
      clauses: ['97'],
    },
    {
      direction: 'members_from_officers',
      text: 'At a public meeting a local Member arranges on an aspect of the Council’s work (not on a party political basis), an officer may attend but is not obliged to, and the meeting may be held in Council-owned premises.',
      clauses: ['98'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers do not normally accompany Members to ward surgeries; if they do, the surgeries must be open to the general public.',
      clauses: ['100'],
    },
    {
      direction: 'members_from_officers',
      text: 'Staff who handle messages for Members on topics unrelated to the Council (e.g. dedicated support to Executive Members) take care that Council resources are not used for private or party political purposes.',
      clauses: ['102'],
    },
    {
      direction: 'members_from_officers',
      text: 'When requested, officers keep advice requested by a Member confidential from other Members.',
      clauses: ['119'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers do not prevent anyone from gaining access to information to which that person is entitled by law.',
      clauses: ['120'],
    },
    {
      direction: 'members_from_officers',
      text: 'Formal media relations follow the Council’s media relations guide and the law on local authority publicity; officers’ press releases and statements are factual, consistent with Council policy and never used to promote a party group.',
      clauses: ['121', '122'],
    },
    {
      direction: 'members_from_officers',
      text: 'Officers keep appropriate Members informed of media interest in the Council’s activities, especially on strategic or contentious matters, and respond to the media only when authorised.',
      clauses: ['123', '124'],
    },
    // What officers can expect from Members (Members' duties in the text).
    {
      direction: 'officers_from_members',
      text: 'Members respect the roles and duties of officers and show respect in all their dealings by observing reasonable standards of courtesy, and do not seek to take unfair advantage by virtue of their position.',
      clauses: ['13', '41', '42'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not instruct officers other than through the formal decision-making process, to request the provision of resources provided for Members’ use, or where employees have been specifically allocated to support a Member or group of Members.',
      clauses: ['35'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not initiate or certify financial transactions, or enter into a contract on behalf of the Council.',
      clauses: ['36'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members avoid actions which are unlawful, financially improper or likely to amount to maladministration, and have regard, when reaching decisions, to any advice from the Monitoring Officer or the designated Finance Officer.',
      clauses: ['37'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members respect the impartiality of officers and do nothing which compromises or is likely to compromise it, e.g. insisting that an officer change his/her professional advice.',
      clauses: ['38', '86'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members promote equality by not discriminating unlawfully against any person and treat others with respect; they do not bring the Council or their position into disrepute, or use their position improperly to gain an advantage or disadvantage for themselves or anyone else.',
      clauses: ['39', '40'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members respect officers’ free (non-Council) time.',
      clauses: ['49'],
    },
    {
      direction: 'officers_from_members',
      text: 'Where a personal relationship with an officer has been disclosed, a Member avoids situations where conflict could be perceived, and does not sit on a body or take part in any decision which directly affects that officer on a personal basis.',
      clauses: ['45'],
    },
    {
      direction: 'officers_from_members',
      text: 'As employer, Members act only in their roles of appointing specified senior posts, determining human resources policies and conditions of employment, and hearing and determining appeals.',
      clauses: ['50', '51', '52'],
    },
    {
      direction: 'officers_from_members',
      text: 'In appointing officers, Members remember that the sole criterion is merit, never canvass support for a candidate, do not take part where a candidate is a close friend or relative, are not influenced by personal preferences, and do not favour a candidate with information not available to the others.',
      clauses: ['53'],
    },
    {
      direction: 'officers_from_members',
      text: 'A Member does not sit on an appeal hearing if the appellant is a friend, a relative, or an officer with whom the Member has had a working relationship.',
      clauses: ['54'],
    },
    {
      direction: 'officers_from_members',
      text: 'Executive Members take decisions in accordance with the constitution and do not otherwise direct staff; the Executive does not direct officers in the framing of recommendations.',
      clauses: ['56', '58'],
    },
    {
      direction: 'officers_from_members',
      text: 'An Executive Member minded to write or commission a report or make a decision within his/her portfolio ensures that the other Members and officers who need to know are informed, involving other Executive Members on cross-cutting issues; Executive Members state the reasons for their decisions, and the written record includes them.',
      clauses: ['60', '61'],
    },
    {
      direction: 'officers_from_members',
      text: 'Overview and scrutiny Members make requests for officer attendance to senior officers in the first instance, do not normally expect junior officers to give evidence, and have regard to officers’ workload.',
      clauses: ['64', '65'],
    },
    {
      direction: 'officers_from_members',
      text: 'Officers giving evidence are not asked to give political views; Members do not question officers in a way which could be interpreted as harassment, nor ask about matters of a disciplinary nature.',
      clauses: ['69', '71'],
    },
    {
      direction: 'officers_from_members',
      text: 'Overview and scrutiny proceedings are not used to question the capability or competence of officers or to appraise the personal performance of staff.',
      clauses: ['72'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members of a committee or sub-committee take decisions within its remit and do not otherwise instruct officers; a chairman has no legal power to decide on a committee’s behalf and does not apply inappropriate pressure on an officer.',
      clauses: ['76', '77'],
    },
    {
      direction: 'officers_from_members',
      text: 'Conclusions of party group meetings are not formal decisions of the Council, and an officer’s presence confers no formal status on such meetings.',
      clauses: ['81'],
    },
    {
      direction: 'officers_from_members',
      text: 'Only senior officers are invited to party group meetings (a senior officer may nominate another officer to attend on his/her behalf).',
      clauses: ['89'],
    },
    {
      direction: 'officers_from_members',
      text: 'No Member refers in public or at meetings of the Council to advice or information given by officers to a party group meeting; where people who are not Members are present at a party group meeting, care is taken not to divulge confidential information about Council business.',
      clauses: ['91', '92'],
    },
    {
      direction: 'officers_from_members',
      text: 'A local Member who intends to arrange a public meeting on an aspect of the Council’s work informs the relevant officer; no such meeting is arranged or held in the immediate run-up to Council elections.',
      clauses: ['98', '99'],
    },
    {
      direction: 'officers_from_members',
      text: 'Officers are not asked to accompany Members to surgeries held in the offices or premises of political parties, and are never asked to attend ward or constituency political party meetings.',
      clauses: ['100', '101'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not seek to jump the queue with constituents’ queries or concerns but respect the Council’s procedures; officers may not always be able to do the work in the requested timescale and may need instructions from their managers.',
      clauses: ['103'],
    },
    {
      direction: 'officers_from_members',
      text: 'Information given to a Member is used only for the purpose for which it was requested.',
      clauses: ['116'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not prevent anyone from gaining access to information to which that person is entitled by law.',
      clauses: ['120'],
    },
    {
      direction: 'officers_from_members',
      text: 'A Member dealing with the media says in what capacity he/she is speaking, is sure of what to say, considers the consequences for the Council, never gives commitments on matters open to third-party claims or insurance, considers consulting other relevant Members, and takes particular care in the run-up to elections.',
      clauses: ['126'],
    },
    {
      direction: 'officers_from_members',
      text: 'When writing in an individual capacity as a ward Member, a Member makes that fact clear.',
      clauses: ['131'],
    },
    {
      direction: 'officers_from_members',
      text: 'Members do not put pressure on employees to provide resources or support officers are not permitted to give: party political business, ward or constituency party political meetings, electioneering, events or other bodies where the Member is not acting as a Member of the Council, private personal correspondence, or support as a councillor of another local authority.',
      clauses: ['134'],
    },
    {
      direction: 'officers_from_members',
      text: 'A Member unhappy about an officer’s actions or conduct avoids personal attacks on or abuse of the officer at all times, and ensures that any criticism is well founded, constructive and made in private.',
      clauses: ['137'],
    },
  ],
  chains: [
    {
      concern: 'member_about_officer',
      severity: 'any',
      steps: [
        {
          handler: 'director',
          alternatives: ['service_manager'],
          action: 'raise_concern',
          description:
            'A Member unhappy about the actions taken by, or conduct of, an officer takes up the concern with the appropriate Executive Director or Service Manager, in private, without personal attacks or abuse, and with criticism that is well founded and constructive.',
          notify: [],
          preconditions: [],
          clauses: ['137'],
        },
      ],
      clauses: ['137'],
    },
    {
      concern: 'member_about_officer',
      severity: 'serious',
      // Clauses 17 and 138: a serious breach by an officer may lead to an investigation under the Council's
      // disciplinary procedure, which names nobody who runs it: the procedure handles that step (format 2).
      steps: [
        {
          handler: 'director',
          alternatives: ['service_manager'],
          // "the appropriate Executive Director or Service Manager".
          handledBy: { anyOf: [{ role: 'director' }, { role: 'service_manager' }] },
          action: 'raise_concern',
          description:
            'The Member takes up the concern with the appropriate Executive Director or Service Manager and, the matter being of a particularly serious nature, informs the Leader and the Chief Executive. A serious breach of this protocol by an officer may lead to an investigation under the Council’s disciplinary procedure.',
          notify: ['leader', 'chief_executive'],
          preconditions: [],
          clauses: ['137', '138', '17'],
        },
        {
          handledBy: { procedure: { name: 'the Council’s disciplinary procedure' } },
          action: 'disciplinary_procedure',
          description: 'A serious breach of this protocol by an officer may lead to an investigation under the Council’s disciplinary procedure.',
          notify: [],
          preconditions: [],
          clauses: ['138', '17'],
        },
      ],
      clauses: ['137', '138', '17'],
    },
    {
      concern: 'officer_about_member',
      severity: 'any',
      steps: [
        {
          handler: 'director',
          action: 'raise_concern',
          description: 'An officer who believes a Member may have acted other than in accordance with this protocol raises the concern with their Executive Director.',
          notify: [],
          preconditions: [],
          clauses: ['139'],
        },
        {
          handler: 'monitoring_officer',
          action: 'decision',
          description: 'The Executive Director may refer the matter to the Monitoring Officer, who considers how the complaint or allegation should be dealt with.',
          notify: [],
          preconditions: [],
          clauses: ['139'],
        },
        {
          handler: 'group_leader',
          action: 'informal_discussion',
          description: 'At a minor level, this may be no more than informally referring the matter to the leader of the relevant party group.',
          notify: [],
          preconditions: ['minor_only'],
          clauses: ['139'],
        },
        {
          handler: 'monitoring_officer',
          action: 'referral',
          description:
            'More serious complaints may involve alleged breaches of the Members’ code of conduct, and may be referred to the Standards Committee (a breach of this protocol by a Member may result in a complaint to the Standards Committee if the Members’ code also appears to have been breached).',
          notify: [],
          preconditions: ['serious_only'],
          clauses: ['139', '17'],
        },
      ],
      externalBody: 'standards_committee',
      clauses: ['139', '17'],
    },
    {
      // Clause 17: a Member's breach of this protocol that also appears to breach the Members' code may be a
      // complaint to the Standards Committee. Reachable directly as a code-of-conduct concern (it is also the
      // serious branch of an officer's concern about a Member, clause 139).
      concern: 'code_of_conduct',
      severity: 'any',
      steps: [
        {
          handler: 'standards_committee',
          action: 'formal_complaint',
          description:
            'Breaches of this protocol by a Member may result in a complaint to the Council’s Standards Committee if it appears the Members’ code has also been breached.',
          notify: [],
          preconditions: [],
          clauses: ['17'],
        },
      ],
      clauses: ['17'],
    },
    {
      concern: 'need_to_know_dispute',
      severity: 'any',
      steps: [
        {
          handler: 'monitoring_officer',
          action: 'decision',
          description: 'Disputes as to the validity of a Member’s request to see a document on a need to know basis are determined by the Monitoring Officer.',
          notify: [],
          preconditions: [],
          clauses: ['114'],
        },
      ],
      clauses: ['114'],
    },
    // Clause 106 (ward matters) only; clause 111 gives the same time limits for information requests but no
    // escalation.
    {
      concern: 'enquiry_late',
      severity: 'any',
      category: 'ward_matter',
      steps: [
        {
          handler: 'democratic_services',
          action: 'referral',
          description:
            'If a response is not provided by the responsible officers to the staff responsible for the Members Enquiries Inbox (a response is due within 10 working days), they escalate this to the Executive Director or Chief Executive.',
          workingDays: 10,
          notify: [],
          preconditions: [],
          clauses: ['106'],
        },
        {
          handler: 'director',
          alternatives: ['chief_executive'],
          action: 'raise_concern',
          description: 'The late enquiry is escalated to the Executive Director or Chief Executive.',
          notify: [],
          preconditions: ['unresolved_at_previous_step'],
          clauses: ['106'],
        },
      ],
      entryPoints: [
        {
          step: 1,
          when: 'A Member unhappy with the explanation given for needing a longer timescale raises this with an Executive Director.',
        },
      ],
      clauses: ['106'],
    },
    {
      concern: 'party_group_difficulty',
      severity: 'any',
      steps: [
        {
          handler: 'chief_executive',
          jointWith: ['group_leader'],
          action: 'raise_concern',
          description:
            'Any particular case of difficulty or uncertainty about the part of the protocol on party groups and officers is raised with the Chief Executive and the relevant party group leader.',
          notify: [],
          preconditions: [],
          clauses: ['93'],
        },
      ],
      clauses: ['93'],
    },
    // The same rule as the 'interpretation' advice route: the chain answers "where does this concern go?".
    {
      concern: 'interpretation',
      severity: 'any',
      steps: [
        {
          handler: 'monitoring_officer',
          action: 'advice',
          description: 'Members or officers with questions about the implementation or interpretation of any part of this protocol seek the guidance of the Monitoring Officer.',
          notify: [],
          preconditions: [],
          clauses: ['136'],
        },
      ],
      clauses: ['136'],
    },
  ],
  responseStandards: [
    {
      category: 'planning',
      handler: 'case_officer',
      respondWithinDays: 3,
      escalateTo: [],
      alternatives: [
        { handler: 'team_leader', when: 'The matter is of a particularly sensitive or complex nature.' },
        { handler: 'planning_manager', when: 'The matter is of a particularly sensitive or complex nature.' },
      ],
      description:
        'Planning applications / planning enforcement: enquiries go in the first instance to the case officer, who will normally reply by email or telephone within three working days. Members are encouraged to check the planning section of the Council’s website before contacting officers about live planning applications.',
      clauses: ['105'],
    },
    {
      category: 'ward_matter',
      handler: 'democratic_services',
      acknowledgeWithinDays: 2,
      respondWithinDays: 10,
      urgent: {
        description:
          'Where the Member considers a matter particularly urgent and time is of the essence, the Member confirms this in the email to the Members Enquiries Mailbox (no shorter time limit is given).',
      },
      escalateTo: ['director', 'chief_executive'],
      extension: {
        terms: ['time_estimate', 'explanation'],
        description:
          'If further time is required, the Member is given an estimate of the length of time necessary to prepare a full response together with a brief explanation of the reason a longer timescale is required.',
      },
      description:
        'Matters (other than live planning/planning enforcement cases) related to a Member’s own ward: sent by email to the Member Enquiries Mailbox, acknowledged within 2 working days, with a response within 10 working days. If responsible officers do not provide a response, the Mailbox staff escalate to the Executive Director or Chief Executive; a Member unhappy with the explanation for a longer timescale raises it with an Executive Director.',
      clauses: ['106'],
    },
    {
      category: 'policy_matter',
      handler: 'democratic_services',
      acknowledgeWithinDays: 1,
      respondBeforeMeeting: true,
      escalateTo: [],
      description:
        'Policy matters under active consideration by a Council body, or any other matter directly relating to a report due to be considered by a Council body: sent by email to the Member Enquiries Mailbox, acknowledged within 1 working day; a response will aim to be provided before the relevant meeting.',
      clauses: ['107'],
    },
    // Clause 108 names three posts with no order of preference or condition; the first named is the handler.
    // The complex-case acknowledgement has no time limit in the text, so none is set.
    {
      category: 'complaint',
      handler: 'democratic_services_manager',
      respondWithinDays: 3,
      escalateTo: [],
      alternatives: [
        { handler: 'monitoring_officer', when: 'As an alternative to the Democratic Service Manager; no condition is given.' },
        { handler: 'chief_executive', when: 'As an alternative to the Democratic Service Manager; no condition is given.' },
      ],
      extension: {
        terms: ['time_estimate'],
        description: 'In more complex cases an acknowledgement is provided together with an estimate of the time likely to be required to fully address the matter.',
      },
      description:
        'Complaints: directed to the Democratic Service Manager, the Monitoring Officer or the Chief Executive. Depending on the nature and severity of the issue, a response will be provided within three working days.',
      clauses: ['108'],
    },
    // "the relevant portfolio leader" read as the Executive Member holding the portfolio (clause 30).
    {
      category: 'portfolio_political',
      handler: 'leader',
      escalateTo: [],
      alternatives: [
        { handler: 'deputy_leader', when: 'As an alternative to the Council Leader (“the Council Leader/Deputy leader”); no condition is given.' },
        { handler: 'cabinet_member', when: 'As an alternative: “the relevant portfolio leader”; no condition is given.' },
      ],
      description: 'Portfolio/political issues: directed to the Council Leader/Deputy Leader or the relevant portfolio leader. No time limit is given.',
      clauses: ['109'],
    },
    {
      category: 'information_request',
      handler: 'democratic_services',
      acknowledgeWithinDays: 2,
      respondWithinDays: 10,
      escalateTo: [],
      description:
        'Requests for information, explanation and advice Members reasonably need to discharge their roles (general information about Council services, or specific information on behalf of a constituent): sent by email to the Member Enquiries Mailbox, acknowledged within 2 working days, with a response within 10 working days.',
      clauses: ['111'],
    },
  ],
  // Clause 115 (the Monitoring Officer's advice first, before seeking documents in some cases) is an advice route.
  accessRules: [
    {
      // Clause 120: nobody may be prevented from information the law entitles them to, so public information
      // asks no need to know (the need-to-know rule of clause 113 is for a body's documents that are not
      // public). Clause 111: information in the public domain is given even on behalf of a third party.
      // GAP: clause 113's need to know covers documents published by a body the Member is not on that hold no
      // confidential or exempt information but are not public either; no classification names them, so that
      // rule (with disputes determined by the Monitoring Officer, clause 114) is in this description only.
      classification: 'public',
      grants: [
        {
          kind: 'anyone',
          description: 'No one may be prevented from gaining access to information to which they are entitled by law.',
        },
      ],
      description:
        'Information in the public domain (read with the Access to Information Rules in the constitution). A Member who is not on a body may see its other documents only with a reasonable need to see them (the “need to know” principle, disputes determined by the Monitoring Officer), and never its confidential or exempt information.',
      clauses: ['110', '111', '120'],
    },
    {
      classification: 'confidential',
      grants: [
        {
          kind: 'committee_member',
          description: 'Members of the Executive, committee or sub-committee concerned have a right to inspect documents about its business.',
        },
      ],
      description:
        'Documents containing “confidential” information as defined by law: a Member who is not a Member of the body concerned has no access under the need to know principle. Information given in confidence is not disclosed without the consent of a person authorised to give it, or unless required by law.',
      clauses: ['112', '113', '118'],
    },
    {
      classification: 'exempt',
      grants: [
        {
          kind: 'committee_member',
          description: 'Members of the Executive, committee or sub-committee concerned have a right to inspect documents about its business.',
        },
      ],
      description: 'Documents containing “exempt” information as defined by law: a Member who is not a Member of the body concerned has no access under the need to know principle.',
      clauses: ['112', '113'],
    },
    {
      classification: 'party_group',
      grants: [{ kind: 'party_group_member', description: 'Members of the party group whose internal workings the document forms part of.' }],
      description:
        'By accepted convention a Member of one party group has no need to know, and so no right to inspect, a document forming part of the internal workings of another party group. Officers keep party group discussions confidential and do not relay them to another group or other Members unless that group asks (they may give feedback to other senior officers on a need-to-know basis).',
      clauses: ['84', '117'],
    },
  ],
  disclosureExceptions: [
    {
      key: 'consent',
      description: 'Information given in confidence may be disclosed with the consent of a person authorised to give it.',
      clauses: ['118'],
    },
    {
      key: 'required_by_law',
      description: 'Information given in confidence may be disclosed where the law requires it.',
      clauses: ['118'],
    },
    // Clause 111 needs both conditions (in the public domain AND not barred by legislation) before information
    // is given on behalf of a third party: 'already_public' with the second as its `condition`. The whole rule
    // is also an obligation (a restriction citing 111).
    {
      key: 'already_public',
      condition: 'and no legislation bars it from being given',
      description: 'Information requested by a Member on behalf of a third party is provided only if it is in the public domain and is not barred by legislation from being given.',
      clauses: ['111'],
    },
  ],
  obligations: [
    {
      kind: 'duty',
      appliesTo: ['member', 'officer'],
      text: 'Members and officers must at all times observe this protocol.',
      clauses: ['10'],
    },
    {
      kind: 'duty',
      appliesTo: ['officer'],
      text: 'Officers are bound by the Council’s Code of Conduct for staff and, in some cases, by the codes of their professional associations.',
      clauses: ['16'],
    },
    {
      kind: 'right',
      appliesTo: ['officer'],
      text: 'Officers have the right not to support Members in any role other than that of Member, and not to engage in actions incompatible with this protocol.',
      clauses: ['24'],
    },
    {
      kind: 'restriction',
      appliesTo: ['officer'],
      text: 'There is a statutory limitation on officers’ involvement in political activities.',
      clauses: ['24'],
    },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'Members may express the values and aspirations of their party political groups, recognising that in their role as Members they have a duty always to act in the public interest.',
      clauses: ['34'],
    },
    {
      kind: 'disclosure',
      appliesTo: ['member', 'officer'],
      text: 'Members and officers inform the Monitoring Officer of any relationship which might be seen as unduly influencing their work in their respective roles.',
      reportTo: ['monitoring_officer'],
      clauses: ['44'],
    },
    {
      kind: 'duty',
      appliesTo: ['member', 'officer'],
      text: 'Members and officers are always open about their relationships, to avoid any reason for suspicion and any appearance of improper conduct (personal familiarity, or a family or business connection, can damage the relationship).',
      clauses: ['43', '45'],
    },
    // "Senior officers" as defined in clause 8, with the Monitoring Officer and the designated Finance Officer
    // named in clauses 57 and 75.
    {
      kind: 'right',
      appliesTo: ['chief_executive', 'deputy_chief_executive', 'director', 'service_manager', 'monitoring_officer', 'section_151_officer'],
      text: 'Senior officers (including the Monitoring Officer and the designated Finance Officer) have the right to submit papers to the Executive as a whole or to individual Executive Members for consideration, and to present reports and give advice to committees and sub-committees.',
      clauses: ['8', '57', '75'],
    },
    {
      kind: 'right',
      appliesTo: ['overview_scrutiny_committee', 'committee_chair'],
      text: 'An Overview and Scrutiny Committee, or its chairman acting on its behalf, may require officers to attend scrutiny meetings.',
      clauses: ['64'],
    },
    {
      kind: 'right',
      appliesTo: ['officer'],
      text: 'Officers have the right to refuse requests to contribute to the deliberations of party groups.',
      clauses: ['78', '79'],
    },
    {
      kind: 'right',
      appliesTo: ['officer'],
      text: 'The duration of an officer’s attendance at a party group meeting is at the discretion of the group, but an officer may leave at any time if he/she feels it is no longer appropriate to be there.',
      clauses: ['87'],
    },
    {
      kind: 'right',
      appliesTo: ['officer'],
      text: 'An officer should be given the opportunity of verifying comments and advice attributed to him/her in any written record of a party group meeting.',
      clauses: ['90'],
    },
    {
      kind: 'restriction',
      appliesTo: ['officer'],
      text: 'Information requested by a Member on behalf of a third party is provided only if it is in the public domain and it is not barred by legislation from being given.',
      clauses: ['111'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member', 'officer'],
      text: 'Members and officers must not disclose information given to them in confidence without the consent of a person authorised to give it, or unless required by law to do so.',
      clauses: ['118'],
    },
    {
      kind: 'duty',
      appliesTo: ['officer'],
      text: 'Officers inform the Council’s communications unit of issues likely to be of media interest, since that unit is often the media’s first point of contact.',
      reportTo: ['communications_officer'],
      clauses: ['125'],
    },
    {
      kind: 'restriction',
      appliesTo: ['member'],
      text: 'The services (printing, photocopying) and goods (stationery, computer equipment) the Council provides to Members to assist them in discharging their roles are paid for from the public purse and are not used for private purposes or in connection with party political or campaigning activities.',
      clauses: ['132'],
    },
    {
      kind: 'duty',
      appliesTo: ['member'],
      text: 'Members ensure they understand and comply with the Council’s own rules about the use of such resources, particularly where facilities are provided in Members’ homes at the Council’s expense, in relation to locally-agreed arrangements (e.g. payment for private photocopying), and regarding ICT security.',
      clauses: ['133'],
    },
  ],
  adviceRoutes: [
    // "Senior colleagues" (other Members) are named only in the description: the text does not say which.
    // "The relevant senior officer(s)" are the senior officers of clause 8.
    {
      topic: 'conflicts_between_member_roles',
      description:
        'Where conflicts of interest between a Member’s roles are likely, the Member may wish to seek the advice of senior colleagues, the relevant senior officer(s), and/or the Monitoring Officer.',
      advisers: ['monitoring_officer', 'chief_executive', 'deputy_chief_executive', 'director', 'service_manager'],
      clauses: ['25', '8'],
    },
    {
      topic: 'executive_formal_decisions',
      description:
        'Before taking any formal decisions, the Executive seeks appropriate professional advice including, without exception, the Monitoring Officer and the designated Finance Officer.',
      advisers: ['monitoring_officer', 'section_151_officer'],
      required: true,
      clauses: ['58'],
    },
    {
      topic: 'executive_decisions_with_financial_implications',
      description:
        'Before any formal decision with a financial implication is taken by the Executive, the Finance Officer and the senior officer(s) for the service(s) concerned must be consulted, so that budget holders are aware of it, can offer advice and can properly authorise the financial transactions needed to implement it.',
      advisers: ['section_151_officer', 'director', 'service_manager'],
      required: true,
      clauses: ['59', '8'],
    },
    {
      topic: 'call_in',
      description:
        'In exercising the right to call in a decision of the Executive, overview and scrutiny Members must seek officer advice if they consider the decision is contrary to the Council’s approved plans, policies or frameworks, or is unlawful.',
      advisers: ['officer'],
      required: true,
      clauses: ['73'],
    },
    {
      topic: 'need_to_know_requests',
      description: 'Officers in any doubt about the reasonableness of a Member’s request to see a document on a need to know basis seek the Monitoring Officer’s advice.',
      advisers: ['monitoring_officer'],
      required: true,
      clauses: ['114'],
    },
    {
      topic: 'data_protection_or_interest_before_requesting_documents',
      description:
        'A Member obtains advice from the Monitoring Officer where he/she wishes to have access to documents or information where to do so is likely to be in breach of the Data Protection Act, or where the subject matter is one in which he/she has a personal or prejudicial interest as defined in the Members’ code of conduct.',
      advisers: ['monitoring_officer'],
      required: true,
      clauses: ['115'],
    },
    // Clause 126: "if necessary, and always when he/she would like a press release to be issued", except for a
    // statement which is party political in nature.
    {
      topic: 'media_contact',
      description:
        'A Member contacted by, or contacting, the media on an issue seeks assistance, if necessary, from the Council’s press office and/or the relevant senior officer, except in relation to a statement which is party political in nature.',
      advisers: ['communications_officer', 'chief_executive', 'deputy_chief_executive', 'director', 'service_manager'],
      clauses: ['126', '8'],
    },
    {
      topic: 'press_release',
      description:
        'A Member who would like a press release to be issued always seeks assistance from the Council’s press office and/or the relevant senior officer (not for a statement which is party political in nature).',
      advisers: ['communications_officer', 'chief_executive', 'deputy_chief_executive', 'director', 'service_manager'],
      required: true,
      clauses: ['126', '8'],
    },
    {
      topic: 'interpretation',
      description: 'Members or officers with questions about the implementation or interpretation of any part of this protocol seek the guidance of the Monitoring Officer.',
      advisers: ['monitoring_officer'],
      clauses: ['136'],
    },
  ],
  correspondenceRules: [
    {
      key: 'copy_member_letter_with_notice_or_consent',
      description: 'Correspondence between an individual Member and an officer is not copied to another Member unless the author expressly intends and states this, or consents.',
      clauses: ['127'],
    },
    {
      key: 'no_blind_copies',
      description: 'Where correspondence is copied, this is always made explicit: there are no “blind” copies.',
      clauses: ['127'],
    },
    {
      key: 'officer_letters_in_own_name',
      description:
        'Official letters on behalf of the Council are normally in the name of the relevant officer; in some circumstances (e.g. representations to a Government Minister) they may be in the name of an Executive Member or the chairman of a Scrutiny Panel. Letters which create legally enforceable obligations or give instructions on behalf of the Council are never sent in the name of a Member.',
      clauses: ['128', '130'],
    },
    {
      key: 'mayor_correspondence',
      description: 'The Mayor may initiate correspondence in his/her own name.',
      clauses: ['129'],
    },
    // The correspondence part of clauses 132 and 134; the rule on all the goods and services the Council
    // provides to Members is an obligation (a restriction citing 132).
    {
      key: 'political_correspondence_not_on_council_resources',
      description:
        'The printing, photocopying, stationery and computer equipment the Council provides to Members are not used for private or party political correspondence; Members do not press employees to help with private personal correspondence or party political business.',
      clauses: ['132', '134'],
    },
  ],
  // The update of the Member Enquiries section ("updated on 09.09.21", i.e. 2021-09-09) cites the clauses
  // under that heading (104-109); clause 111 also uses the Member Enquiries Mailbox but is under the next
  // heading, so it is not cited. The text does not say who made the update, so `amendedBy` is not set.
  // Clause 11 says the Standards Committee approved the protocol and "will monitor its operation": read as
  // the reviewing body. No review frequency or date is given.
  // The adoption ("Agreed Council 250609") and the update are stated in the unnumbered line before clause 1,
  // which the schedule and the amendment cite by its id ('agreed').
  review: {
    adoptedOn: '2009-06-25',
    adoptedBy: 'full_council',
    reviewingBody: 'standards_committee',
    amendments: [{ on: '2021-09-09', scope: 'Member Enquiries section', clauses: ['104', '105', '106', '107', '108', '109'] }],
    clauses: ['agreed', '11'],
  },
};
