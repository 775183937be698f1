export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An enquiry category of the protocol (built in or its own) in either case, as a string or a bare word (WARD_MATTER); "*" for every category */
  EnquiryCategoryKey: { input: unknown; output: unknown; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A calendar date, YYYY-MM-DD, with no time of day or time zone */
  LocalDate: { input: string; output: string; }
  /** A key of the protocol's vocabulary (role, concern kind, enquiry category), in either case: "clerk", "CLERK" or the bare word CLERK */
  VocabularyKey: { input: unknown; output: unknown; }
};

/** A further ground that must hold as well */
export type AccessCondition = {
  __typename?: 'AccessCondition';
  /** The committee the grant is tied to, where there is one */
  committee?: Maybe<Scalars['String']['output']>;
  /** The condition in the protocol's words */
  condition?: Maybe<Scalars['String']['output']>;
  /** Who decides (a role key), where someone must */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The condition in plain words */
  description?: Maybe<Scalars['String']['output']>;
  /** On what ground access is given */
  kind: AccessGrantKind;
  /** How the requester must stand to the matter, where it matters */
  relation?: Maybe<AccessRelation>;
  /** The role that is given access (a role key), for ROLE grants */
  role?: Maybe<Scalars['String']['output']>;
};

/** The answer to "may this person see it?" */
export const AccessDecisionKind = {
  /** Yes, on the ground given */
  ALLOWED: 'ALLOWED',
  /** Allowed once someone approves it */
  NEEDS_APPROVAL: 'NEEDS_APPROVAL',
  /** Someone must decide (named in the rule), e.g. whether the member needs to know */
  NEEDS_DECISION: 'NEEDS_DECISION',
  /** The protocol does not say */
  NOT_COVERED: 'NOT_COVERED',
  /** No: the protocol does not allow it */
  REFUSED: 'REFUSED'
} as const;

export type AccessDecisionKind = typeof AccessDecisionKind[keyof typeof AccessDecisionKind];
/** Whether a requester may see information of a classification, and on what ground */
export type AccessDecisionResult = {
  __typename?: 'AccessDecisionResult';
  /** True only when the decision is ALLOWED */
  allowed: Scalars['Boolean']['output'];
  /** Who may approve release, when the protocol requires approval first */
  approvers: Array<ProtocolRole>;
  /** The clauses the decision comes from, with their text */
  clauses: Array<ProtocolClause>;
  /** Who decides need to know, when that decision is what is missing or what allowed it */
  decidedBy?: Maybe<ProtocolRole>;
  /** The answer: allowed, refused, needs a decision or approval, or not covered */
  decision: AccessDecisionKind;
  /** Disclosure exceptions that may apply to this classification (not for public information) */
  exceptions: Array<ApplicableException>;
  /** The grant that applied, if any */
  grant?: Maybe<AccessGrant>;
  /** The adopted version that was asked */
  protocolVersion: ProtocolVersion;
  /** Why, in plain words, in the language asked for */
  reason: Scalars['String']['output'];
  /** The access rule for the classification, if the protocol has one */
  rule?: Maybe<AccessRule>;
  /** The role the grant names, when the requester holds it as a kind of that role (a Chairman is a Member) */
  through?: Maybe<Scalars['String']['output']>;
};

/** Who may see information of a classification, on what ground and condition */
export type AccessGrant = {
  __typename?: 'AccessGrant';
  /** Grounds that must hold as well as this one */
  alsoRequires: Array<AccessCondition>;
  /** Roles that must approve release (any one of them) */
  approvedBy: Array<Scalars['String']['output']>;
  /** For committee members: which committee */
  committee?: Maybe<Scalars['String']['output']>;
  /** A condition in words ("when undertaking Council business") */
  condition?: Maybe<Scalars['String']['output']>;
  /** The condition in Welsh */
  conditionCy?: Maybe<Scalars['String']['output']>;
  /** For need to know: who decides */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** The grant in plain words */
  description?: Maybe<Scalars['String']['output']>;
  /** The grant in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** On what ground access is given */
  kind: AccessGrantKind;
  /** Only for a requester in this relation to the matter (REQUESTER: "only the Member who asked") */
  relation?: Maybe<AccessRelation>;
  /** The role given access (a role key), for ROLE grants */
  role?: Maybe<Scalars['String']['output']>;
  /** Other rules the ground follows, by name ("the Access to Information Procedure Rules") */
  under?: Maybe<Scalars['String']['output']>;
};

/** On what ground someone may see information of a classification */
export const AccessGrantKind = {
  /** Members of the political group forming the administration (not the other groups) */
  ADMINISTRATION_GROUP: 'ADMINISTRATION_GROUP',
  /** Anyone at all */
  ANYONE: 'ANYONE',
  /** Members of the committee the matter is before */
  COMMITTEE_MEMBER: 'COMMITTEE_MEMBER',
  /** A member who needs to know it to do their job, as the protocol decides */
  NEED_TO_KNOW: 'NEED_TO_KNOW',
  /** Members of an overview and scrutiny committee, for its work */
  OVERVIEW_SCRUTINY: 'OVERVIEW_SCRUTINY',
  /** Members of the political group whose information it is */
  PARTY_GROUP_MEMBER: 'PARTY_GROUP_MEMBER',
  /** Whoever holds a role (the grant names it) */
  ROLE: 'ROLE',
  /** The member for the ward the matter is in */
  WARD_MEMBER: 'WARD_MEMBER'
} as const;

export type AccessGrantKind = typeof AccessGrantKind[keyof typeof AccessGrantKind];
/** How a requester stands to the matter: the one who asked, the ward member, the person it is about */
export const AccessRelation = {
  /** The one who asked */
  REQUESTER: 'REQUESTER',
  /** The person the information is about */
  SUBJECT: 'SUBJECT',
  /** The member for the ward concerned */
  WARD_MEMBER: 'WARD_MEMBER'
} as const;

export type AccessRelation = typeof AccessRelation[keyof typeof AccessRelation];
/** Who is asking to see something, as far as the protocol cares */
export type AccessRequesterInput = {
  /** A member of the political group forming the administration */
  administrationGroup?: InputMaybe<Scalars['Boolean']['input']>;
  /** A member of the committee the information belongs to */
  committeeMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether a need to know has been established; omit when nobody has decided yet */
  needToKnow?: InputMaybe<Scalars['Boolean']['input']>;
  /** The requester sits on an overview and scrutiny committee and asks for its work */
  overviewScrutiny?: InputMaybe<Scalars['Boolean']['input']>;
  /** The requester belongs to the political group whose information it is */
  partyGroupMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** How the requester stands to the matter: REQUESTER (they asked for it), WARD_MEMBER, SUBJECT */
  relations?: InputMaybe<Array<AccessRelation>>;
  /** The requester's role: a role key of the protocol, in either case (member, CABINET_MEMBER) */
  role: Scalars['VocabularyKey']['input'];
  /** The requester is the member for the ward the matter is in */
  wardMember?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Who may see information of a classification */
export type AccessRule = {
  __typename?: 'AccessRule';
  /** The classification the rule is for */
  classification: Classification;
  /** Who decides the classification first (a report's author) */
  classifiedBy: Array<Scalars['String']['output']>;
  /** The clauses it comes from (as written, e.g. "4.2") */
  clauses: Array<Scalars['String']['output']>;
  /** What information falls in the classification under this protocol, when it says */
  covers?: Maybe<Scalars['String']['output']>;
  /** What the classification covers, in Welsh */
  coversCy?: Maybe<Scalars['String']['output']>;
  /** Who may decide it no longer applies (the Committee) */
  declassifiedBy: Array<Scalars['String']['output']>;
  /** The rule in plain words */
  description: Scalars['String']['output'];
  /** The rule in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Who may see it, each on its own ground */
  grants: Array<AccessGrant>;
};

/** A new clause of a draft */
export type AddClauseInput = {
  /** Insert after the clause with this id; at the end when omitted */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Insert at the start (when no "after" is given) instead of the end */
  atStart?: InputMaybe<Scalars['Boolean']['input']>;
  /** Its heading, if it has one */
  heading?: InputMaybe<Scalars['String']['input']>;
  /** Its heading in Welsh */
  headingCy?: InputMaybe<Scalars['String']['input']>;
  /** The stable id rules cite; derived from section and number (else p<n>) when omitted */
  key?: InputMaybe<Scalars['String']['input']>;
  /** As written ("8.63", "(a)", "•"); omit for an unnumbered paragraph */
  number?: InputMaybe<Scalars['String']['input']>;
  /** The id of one of the draft's sections */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Its text, in English (required, not blank) */
  text: Scalars['String']['input'];
  /** Its text in Welsh */
  textCy?: InputMaybe<Scalars['String']['input']>;
};

/** A role to give a person at a council */
export type AddMembershipInput = {
  /** The council's id */
  councilId: Scalars['ID']['input'];
  /** The role: MONITORING_OFFICER, CLERK or VIEWER (a person has one role per council: a second is CONFLICT) */
  role: MembershipRole;
  /** The person's id */
  userId: Scalars['ID']['input'];
};

/** How a draft was adopted: when, by whom (the meeting, the minute) and its next review */
export type AdoptInput = {
  /** The adopting body, a role key of the protocol (full_council); leave out when the protocol does not say */
  adoptedBy?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** The adoption date the protocol states, as stated: YYYY, YYYY-MM or YYYY-MM-DD; leave out when it states none (what the draft states is kept) */
  adoptedOn?: InputMaybe<Scalars['String']['input']>;
  /** In force from, as stated: YYYY, YYYY-MM or YYYY-MM-DD */
  effectiveFrom?: InputMaybe<Scalars['String']['input']>;
  /** true: keep the council's current next review date; false: take the one the schedule computes. Needed (else BAD_USER_INPUT) only when the council's date was typed on it and the schedule computes another */
  keepNextReviewDue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The next review date to keep, whatever the schedule computes (the council's current one is kept when the schedule computes none) */
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Whom to ask for advice on a topic, and whether it must be asked first */
export type AdviceRoute = {
  __typename?: 'AdviceRoute';
  /** Whom to ask (role keys), in order */
  advisers: Array<Scalars['String']['output']>;
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** The route in plain words */
  description: Scalars['String']['output'];
  /** The route in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** The advice must be obtained before acting */
  required: Scalars['Boolean']['output'];
  /** What the advice is about, e.g. "the Code of Conduct" */
  topic: Scalars['String']['output'];
};

/** Someone else who handles a step in some cases, e.g. when the usual handler is the subject */
export type AlternativeHandler = {
  __typename?: 'AlternativeHandler';
  /** Who handles it instead (a role key) */
  handler: Scalars['String']['output'];
  /** When, in the protocol's words */
  when: Scalars['String']['output'];
  /** When, in Welsh */
  whenCy?: Maybe<Scalars['String']['output']>;
};

/** An amendment adopted with a version: when, what it changed, and the clauses it touched */
export type AmendmentInput = {
  /** The clauses it changed */
  clauses?: Array<Scalars['String']['input']>;
  /** The date it was made, as YYYY-MM-DD */
  on: Scalars['LocalDate']['input'];
  /** What it changed, in a few words */
  scope: Scalars['String']['input'];
};

/** The language of an answer: EN, or CY (the protocol's Welsh text where it has it, else English) */
export const AnswerLanguage = {
  /** Welsh, where the protocol has it, else English */
  CY: 'CY',
  /** English */
  EN: 'EN'
} as const;

export type AnswerLanguage = typeof AnswerLanguage[keyof typeof AnswerLanguage];
/** A read-only key for an integration, scoped to a council (and optionally the councils below it) */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** False once the key is revoked; a revoked key is refused (UNAUTHENTICATED) */
  active: Scalars['Boolean']['output'];
  /** The council the key reads */
  council: Council;
  /** The id of the council the key reads */
  councilId: Scalars['ID']['output'];
  /** When the key was created */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the key; null if that account is gone */
  createdBy?: Maybe<User>;
  /** The key's id (not the secret) */
  id: Scalars['ID']['output'];
  /** Whether the key also reaches every council below its council */
  includeDescendants: Scalars['Boolean']['output'];
  /** When the key was last used; null if never */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, as its creator named it, e.g. "Council website" */
  name: Scalars['String']['output'];
  /** The first characters of the key, to tell keys apart; the key itself is never stored */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; null while it works */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Narrows the list; every field given must match */
export type ApiKeyFilter = {
  /** Only this council's keys */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** Also revoked keys (false by default) */
  includeRevoked?: Scalars['Boolean']['input'];
};

/** A page of API keys, with how many matched in all */
export type ApiKeyList = {
  __typename?: 'ApiKeyList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<ApiKey>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A disclosure exception that may apply to the classification asked about */
export type ApplicableException = {
  __typename?: 'ApplicableException';
  /** The clauses it comes from */
  clauses: Array<ProtocolClause>;
  /** Whom to consult first */
  consult: Array<ProtocolRole>;
  /** The disclosure exception that may apply */
  exception: DisclosureException;
};

/** One change, as recorded in the same transaction: who, when, what before and after */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. council.update, protocol.adopt, clause.update */
  action: Scalars['String']['output'];
  /** Who made the change, when visible to you */
  actor?: Maybe<User>;
  /** The API key that made the change, if one did */
  actorApiKeyId?: Maybe<Scalars['ID']['output']>;
  /** The person who made the change; null for the system (the worker, the sweep) */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** The record after the change (changed fields); null when deleted */
  after?: Maybe<Scalars['JSON']['output']>;
  /** When the change was made */
  at: Scalars['DateTime']['output'];
  /** The record before the change (changed fields); null when created */
  before?: Maybe<Scalars['JSON']['output']>;
  /** The council the record belongs to */
  councilId: Scalars['ID']['output'];
  /** The kind of record, e.g. case, council, protocol_version */
  entity: Scalars['String']['output'];
  /** The record's id */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** The entry's id */
  id: Scalars['ID']['output'];
};

/** A page of audit entries, with how many matched in all */
export type AuditEntryList = {
  __typename?: 'AuditEntryList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<AuditEntry>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A signed-in session: its token and who it is */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the token stops working (JWT_TTL_SECONDS after sign-in, one hour by default) */
  expiresAt: Scalars['DateTime']['output'];
  /** Send as "Authorization: Bearer <token>" */
  token: Scalars['String']['output'];
  /** Who signed in */
  user: User;
};

/** The built-in words a case may use; a council's protocol may add its own (its version's vocabulary and roles) */
export type BuiltInVocabulary = {
  __typename?: 'BuiltInVocabulary';
  /** The built-in concern kinds */
  concernKinds: Array<ConcernKind>;
  /** The built-in enquiry categories */
  enquiryCategories: Array<EnquiryCategory>;
  /** The built-in role keys */
  roles: Array<RoleKey>;
};

/** A calendar of case deadlines and review dates, at a URL with a secret token that can be revoked */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** The council whose dates it shows */
  councilId: Scalars['ID']['output'];
  /** When it was made */
  createdAt: Scalars['DateTime']['output'];
  /** The feed's id */
  id: Scalars['ID']['output'];
  /** Also the councils below (a monitoring officer's calendar) */
  includeBelow: Scalars['Boolean']['output'];
  /** The language of the feed's text; none: the council's own (Welsh and English, Welsh first, in Wales; English elsewhere) */
  language?: Maybe<Language>;
  /** What it is for, as named */
  name: Scalars['String']['output'];
  /** When it was revoked; null while it works */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A new calendar feed and its URL, shown only this once */
export type CalendarFeedSecret = {
  __typename?: 'CalendarFeedSecret';
  /** The feed */
  feed: CalendarFeed;
  /** Subscribe to this in Outlook or Google Calendar; keep it secret */
  url: Scalars['String']['output'];
};

/** An enquiry or concern at a council, with the deadlines and route its protocol gave it at receipt */
export type Case = {
  __typename?: 'Case';
  /** The person it is about, when named */
  aboutPerson?: Maybe<Scalars['String']['output']>;
  /** The role the case is about (a role key of the protocol, lower case) */
  aboutRole?: Maybe<Scalars['VocabularyKey']['output']>;
  /** The date an acknowledgement is due (YYYY-MM-DD); null when the standard asks none */
  acknowledgeBy?: Maybe<Scalars['LocalDate']['output']>;
  /** For an enquiry: its category, built in or the protocol's own (lower case) */
  category?: Maybe<Scalars['VocabularyKey']['output']>;
  /** How confidential the case is; anything but PUBLIC is seen only by the council's clerks and monitoring officers */
  classification: Classification;
  /** The protocol clauses its deadlines and route come from */
  clauses: Array<Scalars['String']['output']>;
  /** When it was closed; null while live */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** For a concern: its kind, built in or the protocol's own (lower case) */
  concern?: Maybe<Scalars['VocabularyKey']['output']>;
  /** The council the case belongs to */
  council: Council;
  /** The id of the council the case belongs to */
  councilId: Scalars['ID']['output'];
  /** When it was recorded in Accord */
  createdAt: Scalars['DateTime']['output'];
  /** What it is about, in more detail */
  description: Scalars['String']['output'];
  /** Linked documents, by reference (a file path, URL or document number) */
  documents: Array<Scalars['String']['output']>;
  /** The timeline, oldest first */
  events: Array<CaseEvent>;
  /** Who handles the case now (a role key of the protocol, lower case) */
  handlerRole?: Maybe<Scalars['VocabularyKey']['output']>;
  /** Who holds the handling role today */
  handlers: Array<OfficeHolder>;
  /** The case's id */
  id: Scalars['ID']['output'];
  /** An enquiry or a concern */
  kind: CaseKind;
  /** The next deadline of a live case: acknowledgement while open, then the current step's; null once answered, resolved or closed */
  nextDeadline?: Maybe<Scalars['LocalDate']['output']>;
  /** The protocol version in force at receipt */
  protocolVersion: ProtocolVersion;
  /** The protocol version in force at receipt, which fixed the deadlines */
  protocolVersionId: Scalars['ID']['output'];
  /** The e-mail address of whoever raised it, if given */
  raisedByEmail?: Maybe<Scalars['String']['output']>;
  /** The name of whoever raised it */
  raisedByName: Scalars['String']['output'];
  /** The role of whoever raised it (a role key, lower case) */
  raisedByRole: Scalars['VocabularyKey']['output'];
  /** When it was received; its deadlines count from it (see startDay) */
  receivedAt: Scalars['DateTime']['output'];
  /** The council's own reference, e.g. 2026-0042 */
  reference: Scalars['String']['output'];
  /** Reminders planned, sent, cancelled or failed (a failed one after its last attempt) */
  reminders: Array<Reminder>;
  /** True when the answer is due before a meeting rather than by a date */
  respondBeforeMeeting: Scalars['Boolean']['output'];
  /** The date the response is due (YYYY-MM-DD); null when it is due before a meeting */
  respondBy?: Maybe<Scalars['LocalDate']['output']>;
  /** How serious a concern is; ANY for an enquiry */
  severity: Severity;
  /** Day 0 of every count */
  startDay: Scalars['LocalDate']['output'];
  /** Where the case is: OPEN, ACKNOWLEDGED, RESPONDED, RESOLVED or CLOSED */
  status: CaseStatus;
  /** When the current step's time runs out */
  stepDue?: Maybe<Scalars['LocalDate']['output']>;
  /** The current step of `steps` */
  stepIndex: Scalars['Int']['output'];
  /** The route it follows, fixed at receipt: for an enquiry the response then any escalation, for a concern its chain's steps */
  steps: Array<CaseStep>;
  /** A short subject line */
  subject: Scalars['String']['output'];
  /** When it last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the protocol's urgent standard was applied */
  urgent: Scalars['Boolean']['output'];
  /** Its version, for expectedVersion: goes up with each change */
  version: Scalars['Int']['output'];
};

/** What moves a case on */
export const CaseAction = {
  /** Acknowledge receipt (from OPEN) */
  ACKNOWLEDGE: 'ACKNOWLEDGE',
  /** Close the case */
  CLOSE: 'CLOSE',
  /** Move a concern on to the next step of its route */
  ESCALATE: 'ESCALATE',
  /** Resolve a concern */
  RESOLVE: 'RESOLVE',
  /** Answer an enquiry (from OPEN or ACKNOWLEDGED) */
  RESPOND: 'RESPOND'
} as const;

export type CaseAction = typeof CaseAction[keyof typeof CaseAction];
/** A change on a case's timeline: who, when, what */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** The person who did it; null for the system */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** When it happened */
  at: Scalars['DateTime']['output'];
  /** Made by the worker (a reminder, an automatic escalation) */
  byWorker: Scalars['Boolean']['output'];
  /** The case's id */
  caseId: Scalars['ID']['output'];
  /** The status before, for a move */
  fromStatus?: Maybe<CaseStatus>;
  /** The entry's id */
  id: Scalars['ID']['output'];
  /** What happened: opened, acknowledged, responded, resolved, closed, escalated, reminded, deadline_missed or note */
  kind: Scalars['String']['output'];
  /** The note given with it (may be empty) */
  note: Scalars['String']['output'];
  /** The step of the route it concerns, from 0 */
  stepIndex?: Maybe<Scalars['Int']['output']>;
  /** The status after, for a move */
  toStatus?: Maybe<CaseStatus>;
};

/** Narrows the list; every field given must match */
export type CaseFilter = {
  /** Only this council's cases */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** Only live cases whose next deadline is on or after this day */
  dueFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only live cases whose next deadline is on or before this day */
  dueTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only cases handled now by this role (a role key of the protocol, either case) */
  handlerRole?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** Only these cases */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only enquiries, or only concerns */
  kind?: InputMaybe<CaseKind>;
  /** Only live cases with a deadline before this day */
  overdueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Matches reference, subject or who raised it, case-insensitively */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only cases with one of these statuses */
  status?: InputMaybe<Array<CaseStatus>>;
};

/** An enquiry (by category, with response standards) or a concern (by kind, with an escalation chain) */
export const CaseKind = {
  /** A concern or complaint, routed through an escalation chain */
  CONCERN: 'CONCERN',
  /** A member's enquiry to officers, answered within a response standard */
  ENQUIRY: 'ENQUIRY'
} as const;

export type CaseKind = typeof CaseKind[keyof typeof CaseKind];
/** A page of cases, with how many matched in all */
export type CaseList = {
  __typename?: 'CaseList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<Case>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** The order of a list: a field and a direction */
export type CaseSort = {
  /** ASC (A to Z, earliest first) or DESC */
  direction?: SortDirection;
  /** What to sort by */
  field?: CaseSortField;
};

/** NEXT_DEADLINE: the acknowledgement while open, then the current step's (closed and answered cases last) */
export const CaseSortField = {
  /** The next deadline: the acknowledgement while open, then the current step's */
  NEXT_DEADLINE: 'NEXT_DEADLINE',
  /** When the case was received */
  RECEIVED_AT: 'RECEIVED_AT',
  /** The case's reference */
  REFERENCE: 'REFERENCE',
  /** Its status */
  STATUS: 'STATUS',
  /** Its subject, A to Z */
  SUBJECT: 'SUBJECT',
  /** When it last changed */
  UPDATED_AT: 'UPDATED_AT'
} as const;

export type CaseSortField = typeof CaseSortField[keyof typeof CaseSortField];
/** open → acknowledged → responded / resolved → closed */
export const CaseStatus = {
  /** Acknowledged, not yet answered */
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  /** Closed: nothing more is due */
  CLOSED: 'CLOSED',
  /** Received, not yet acknowledged */
  OPEN: 'OPEN',
  /** A concern that was resolved */
  RESOLVED: 'RESOLVED',
  /** An enquiry that was answered */
  RESPONDED: 'RESPONDED'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
/** One step of the route a case follows, fixed at receipt from the protocol in force */
export type CaseStep = {
  __typename?: 'CaseStep';
  /** What happens at the step (RESPOND for an enquiry's first step, ESCALATION after it; a chain step's action otherwise) */
  action: Scalars['String']['output'];
  /** The clauses the step comes from */
  clauses: Array<Scalars['String']['output']>;
  /** A role key of the protocol (lower case); null when the step does not apply to this case (its handler is the subject) */
  handler?: Maybe<Scalars['VocabularyKey']['output']>;
  /** Its place in the route, from 0 */
  index: Scalars['Int']['output'];
  /** Who is told when the step starts or its time runs out (role keys of the protocol, lower case) */
  notify: Array<Scalars['VocabularyKey']['output']>;
  /** Working days allowed at this step */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** When a chain applies rather than another for the same kind of concern */
export type ChainCondition = {
  __typename?: 'ChainCondition';
  /** The condition in plain words */
  description: Scalars['String']['output'];
  /** The condition in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Who raises the concern: a role key of the protocol, or a role kind (member, officer, body, external) */
  raisedBy?: Maybe<Scalars['String']['output']>;
  /** What the person raising it seeks ("formal complaint") */
  seeks?: Maybe<Scalars['String']['output']>;
};

/** A later step a concern may go to first, at the choice of whoever raises it */
export type ChainEntryPoint = {
  __typename?: 'ChainEntryPoint';
  /** 0-based index of the step */
  step: Scalars['Int']['output'];
  /** When, in the protocol's words */
  when: Scalars['String']['output'];
  /** When, in Welsh */
  whenCy?: Maybe<Scalars['String']['output']>;
};

/** How a clause or rule differs between two versions */
export const ChangeKind = {
  /** Only in the later version */
  ADDED: 'ADDED',
  /** In both, but different */
  CHANGED: 'CHANGED',
  /** Only in the earlier version */
  REMOVED: 'REMOVED'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
/** How confidential a document or piece of information is */
export const Classification = {
  /** Commercially sensitive, e.g. tenders and contracts */
  COMMERCIALLY_SENSITIVE: 'COMMERCIALLY_SENSITIVE',
  /** Confidential by law, or as the protocol defines it */
  CONFIDENTIAL: 'CONFIDENTIAL',
  /** A report still in draft */
  DRAFT_REPORT: 'DRAFT_REPORT',
  /** An employee's personal information */
  EMPLOYEE_PERSONAL: 'EMPLOYEE_PERSONAL',
  /** Exempt information (Local Government Act 1972, Schedule 12A) */
  EXEMPT: 'EXEMPT',
  /** A political group's own papers */
  PARTY_GROUP: 'PARTY_GROUP',
  /** Open to anyone */
  PUBLIC: 'PUBLIC'
} as const;

export type Classification = typeof Classification[keyof typeof Classification];
/** A clause added, changed or removed between two versions */
export type ClauseChange = {
  __typename?: 'ClauseChange';
  /** ADDED, CHANGED or REMOVED */
  change: ChangeKind;
  /** Its heading in the later version */
  headingAfter?: Maybe<Scalars['String']['output']>;
  /** Its heading in the earlier version */
  headingBefore?: Maybe<Scalars['String']['output']>;
  /** The clause's id (kept when renumbered) */
  key: Scalars['String']['output'];
  /** Its number (after the change; before, when removed); null for an unnumbered paragraph */
  number?: Maybe<Scalars['String']['output']>;
  /** Its text in the later version; null when removed */
  textAfter?: Maybe<Scalars['String']['output']>;
  /** Its text in the earlier version; null when added */
  textBefore?: Maybe<Scalars['String']['output']>;
};

/** How many concerns of one kind were raised */
export type ConcernCount = {
  __typename?: 'ConcernCount';
  /** The kind of concern, as the protocol names it (e.g. about_clerk) */
  concern: Scalars['String']['output'];
  /** How many were raised in the period */
  count: Scalars['Int']['output'];
};

/** The kinds of concern a protocol routes */
export const ConcernKind = {
  /** A concern about the Clerk */
  ABOUT_CLERK: 'ABOUT_CLERK',
  /** A concern about the head of paid service (chief executive) */
  ABOUT_HEAD_OF_PAID_SERVICE: 'ABOUT_HEAD_OF_PAID_SERVICE',
  /** A possible breach of the Code of Conduct */
  CODE_OF_CONDUCT: 'CODE_OF_CONDUCT',
  /** Confidential information was disclosed */
  CONFIDENTIALITY_BREACH: 'CONFIDENTIALITY_BREACH',
  /** A member's enquiry was not answered in time */
  ENQUIRY_LATE: 'ENQUIRY_LATE',
  /** A member's request for information was refused */
  INFORMATION_REQUEST_REFUSED: 'INFORMATION_REQUEST_REFUSED',
  /** What the protocol means is disputed */
  INTERPRETATION: 'INTERPRETATION',
  /** A member is unhappy with another member */
  MEMBER_ABOUT_MEMBER: 'MEMBER_ABOUT_MEMBER',
  /** A member is unhappy with an officer */
  MEMBER_ABOUT_OFFICER: 'MEMBER_ABOUT_OFFICER',
  /** A member was refused information they say they need to know */
  NEED_TO_KNOW_DISPUTE: 'NEED_TO_KNOW_DISPUTE',
  /** An officer is unhappy with a member */
  OFFICER_ABOUT_MEMBER: 'OFFICER_ABOUT_MEMBER',
  /** A difficulty with a political group */
  PARTY_GROUP_DIFFICULTY: 'PARTY_GROUP_DIFFICULTY',
  /** A member disputes what an officer's report says */
  REPORT_CONTENT_DISPUTE: 'REPORT_CONTENT_DISPUTE'
} as const;

export type ConcernKind = typeof ConcernKind[keyof typeof ConcernKind];
/** A rule on copying or sending correspondence */
export type CorrespondenceRule = {
  __typename?: 'CorrespondenceRule';
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** The rule in plain words */
  description: Scalars['String']['output'];
  /** The rule in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Roles the rule does not apply to */
  exceptRoles: Array<Scalars['String']['output']>;
  /** Which rule */
  key: CorrespondenceRuleKind;
};

/** Rules on copying and sending correspondence */
export const CorrespondenceRuleKind = {
  /** A member's letter is copied to others only with notice to, or the consent of, the member */
  COPY_MEMBER_LETTER_WITH_NOTICE_OR_CONSENT: 'COPY_MEMBER_LETTER_WITH_NOTICE_OR_CONSENT',
  /** How the Mayor's or Chair's correspondence is handled */
  MAYOR_CORRESPONDENCE: 'MAYOR_CORRESPONDENCE',
  /** Ward members are copied in on ward issues unless they ask not to be */
  MEMBERS_COPIED_ON_WARD_ISSUES_UNLESS_ASKED: 'MEMBERS_COPIED_ON_WARD_ISSUES_UNLESS_ASKED',
  /** No blind copies of letters between members and officers */
  NO_BLIND_COPIES: 'NO_BLIND_COPIES',
  /** No copies to the press or media */
  NO_COPIES_TO_MEDIA: 'NO_COPIES_TO_MEDIA',
  /** Officers write in their own name, not for a member */
  OFFICER_LETTERS_IN_OWN_NAME: 'OFFICER_LETTERS_IN_OWN_NAME',
  /** Political correspondence is not sent with the council's resources */
  POLITICAL_CORRESPONDENCE_NOT_ON_COUNCIL_RESOURCES: 'POLITICAL_CORRESPONDENCE_NOT_ON_COUNCIL_RESOURCES',
  /** Contact with the press goes through the Clerk */
  PRESS_CONTACT_THROUGH_CLERK: 'PRESS_CONTACT_THROUGH_CLERK',
  /** Ward members are copied in on matters in their ward */
  WARD_MEMBERS_COPIED: 'WARD_MEMBERS_COPIED',
  /** Ward members are told of matters in their ward */
  WARD_MEMBERS_NOTIFIED: 'WARD_MEMBERS_NOTIFIED'
} as const;

export type CorrespondenceRuleKind = typeof CorrespondenceRuleKind[keyof typeof CorrespondenceRuleKind];
/** A council: the tenant. Parish, town and community councils sit below the principal council whose monitoring officer advises them. */
export type Council = {
  __typename?: 'Council';
  /** How many councils are directly below it */
  childCount: Scalars['Int']['output'];
  /** The councils directly below it (in your scope) */
  children: Array<Council>;
  /** When it was added to Accord */
  createdAt: Scalars['DateTime']['output'];
  /** Whether it has an adopted protocol in force: cases can be opened and its protocol asked (responseDeadlines, escalationRoute, accessDecision) only then */
  hasAdoptedProtocol: Scalars['Boolean']['output'];
  /** The council's id: what every other query takes as councilId */
  id: Scalars['ID']['output'];
  /** The kind of council */
  kind: CouncilKind;
  /** Its name, e.g. "Ashbury Borough Council" */
  name: Scalars['String']['output'];
  /** Its nation, which decides its bank holidays */
  nation: Nation;
  /** When the protocol is next due for review */
  nextReviewDue?: Maybe<Scalars['LocalDate']['output']>;
  /** null when the parent is outside your scope */
  parent?: Maybe<Council>;
  /** The principal council above this one */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Whether its adopted protocol is published on a public page (/public/<slug>), readable without signing in */
  publishProtocol: Scalars['Boolean']['output'];
  /** Local time (HH:MM) after which an enquiry counts as received on the next working day */
  responseCutOff?: Maybe<Scalars['String']['output']>;
  /** Unique, URL-safe: lower-case letters, digits and hyphens */
  slug: Scalars['String']['output'];
  /** When its details last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases on every change; send it back as expectedVersion */
  version: Scalars['Int']['output'];
};

/** A day the council's office is closed: not a working day for its deadlines */
export type CouncilClosure = {
  __typename?: 'CouncilClosure';
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** The day (YYYY-MM-DD) */
  date: Scalars['LocalDate']['output'];
  /** The closure's id */
  id: Scalars['ID']['output'];
  /** Why the offices are closed */
  reason: Scalars['String']['output'];
};

/** One council's row on the dashboard: its review and its casework */
export type CouncilDashboard = {
  __typename?: 'CouncilDashboard';
  /** Open cases past a deadline (acknowledgement, response or step) */
  casesPastDeadline: Scalars['Int']['output'];
  /** Open cases now with the monitoring officer */
  casesWithMonitoringOfficer: Scalars['Int']['output'];
  /** The council */
  council: Council;
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** Live cases whose next deadline is in the 7 days after today */
  dueThisWeek: Scalars['Int']['output'];
  /** Live cases whose next deadline is today */
  dueToday: Scalars['Int']['output'];
  /** The council's name (also under `council`) */
  name: Scalars['String']['output'];
  /** When the protocol is next due for review */
  nextReviewDue?: Maybe<Scalars['LocalDate']['output']>;
  /** Open cases */
  openCases: Scalars['Int']['output'];
  /** Live cases whose next deadline (see Case.nextDeadline) is before today: the cases `cases(filter: { overdueOn: today })` lists */
  overdue: Scalars['Int']['output'];
  /** Where it stands with its protocol review */
  reviewStatus: ReviewStatus;
  /** Protocol reviews coming up (open review tasks) */
  reviewsDue: Scalars['Int']['output'];
  /** Protocol reviews past their date */
  reviewsOverdue: Scalars['Int']['output'];
  /** Notifications not yet read */
  unreadNotifications: Scalars['Int']['output'];
};

/** A page of councils' dashboard rows, with how many matched in all */
export type CouncilDashboardList = {
  __typename?: 'CouncilDashboardList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<CouncilDashboard>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** Narrows the list; every field given must match */
export type CouncilFilter = {
  /** true: only councils with an adopted protocol in force; false: only those without one */
  hasAdoptedProtocol?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these councils */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only this kind of council */
  kind?: InputMaybe<CouncilKind>;
  /** Only councils in this nation */
  nation?: InputMaybe<Nation>;
  /** Only the councils directly below this one */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Matches name or slug, case-insensitively */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only the councils at the top of your scope: those with no parent, or whose parent is outside your scope */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of council, as in local government law */
export const CouncilKind = {
  /** A borough council */
  BOROUGH: 'BOROUGH',
  /** A city council */
  CITY: 'CITY',
  /** A community council (Wales, local tier) */
  COMMUNITY: 'COMMUNITY',
  /** A county council (England, upper tier) */
  COUNTY: 'COUNTY',
  /** A county borough council (Wales) */
  COUNTY_BOROUGH: 'COUNTY_BOROUGH',
  /** A district council (England, lower tier) */
  DISTRICT: 'DISTRICT',
  /** A London borough council */
  LONDON_BOROUGH: 'LONDON_BOROUGH',
  /** A metropolitan borough or city council (England) */
  METROPOLITAN: 'METROPOLITAN',
  /** A parish council (England, local tier) */
  PARISH: 'PARISH',
  /** A town council (local tier) */
  TOWN: 'TOWN',
  /** A unitary authority (England): county and district in one */
  UNITARY: 'UNITARY'
} as const;

export type CouncilKind = typeof CouncilKind[keyof typeof CouncilKind];
/** A page of councils, with how many matched in all */
export type CouncilList = {
  __typename?: 'CouncilList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<Council>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** One council's figures */
export type CouncilReport = {
  __typename?: 'CouncilReport';
  /** Of those, acknowledged (or answered) so far */
  acknowledged: Scalars['Int']['output'];
  /** Of those, acknowledged by their acknowledgement date */
  acknowledgedOnTime: Scalars['Int']['output'];
  /** Enquiries answered (responded or resolved) so far */
  answered: Scalars['Int']['output'];
  /** Of those, answered by their response date */
  answeredOnTime: Scalars['Int']['output'];
  /** The share of answered enquiries answered on time, 0 to 1; null when none was answered */
  answeredOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Concerns received in the period */
  concerns: Scalars['Int']['output'];
  /** Concerns by kind, most first */
  concernsByKind: Array<ConcernCount>;
  /** The council */
  councilId: Scalars['ID']['output'];
  /** Enquiries received in the period */
  enquiries: Scalars['Int']['output'];
  /** Cases received in the period that were escalated at least once */
  escalations: Scalars['Int']['output'];
  /** The median of working days from receipt to acknowledgement (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the acknowledgement); null when none was acknowledged */
  medianDaysToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** The median of working days from receipt to answer (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the answer); null when none was answered */
  medianDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  /** The council's name */
  name: Scalars['String']['output'];
  /** Protocol reviews due in the period */
  reviewsDue: Scalars['Int']['output'];
  /** Of those, completed by their due date */
  reviewsOnTime: Scalars['Int']['output'];
};

/** The caller's effective role at a council in their scope */
export type CouncilRole = {
  __typename?: 'CouncilRole';
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** A monitoring officer's role reaches every council below theirs */
  role: MembershipRole;
};

/** The order of a list: a field and a direction */
export type CouncilSort = {
  /** ASC (A to Z, earliest first) or DESC */
  direction?: SortDirection;
  /** What to sort by */
  field?: CouncilSortField;
};

/** What a list of councils can be sorted by */
export const CouncilSortField = {
  /** When it was added to Accord */
  CREATED_AT: 'CREATED_AT',
  /** Kind of council */
  KIND: 'KIND',
  /** Name (the default) */
  NAME: 'NAME',
  /** Nation */
  NATION: 'NATION',
  /** When its protocol is next due for review */
  NEXT_REVIEW_DUE: 'NEXT_REVIEW_DUE',
  /** Slug */
  SLUG: 'SLUG'
} as const;

export type CouncilSortField = typeof CouncilSortField[keyof typeof CouncilSortField];
/** What a response standard's numbers count: WORKING_DAYS (the default), CALENDAR_DAYS or HOURS */
export const CountUnit = {
  /** Every day of the calendar */
  CALENDAR_DAYS: 'CALENDAR_DAYS',
  /** Hours from the instant of receipt */
  HOURS: 'HOURS',
  /** Working days of the council's calendar: no weekends, bank holidays or closure days (the default) */
  WORKING_DAYS: 'WORKING_DAYS'
} as const;

export type CountUnit = typeof CountUnit[keyof typeof CountUnit];
/** A new API key */
export type CreateApiKeyInput = {
  /** The council it reads (you must be its clerk or monitoring officer) */
  councilId: Scalars['ID']['input'];
  /** Also reach every council below (monitoring officers only) */
  includeDescendants?: Scalars['Boolean']['input'];
  /** What the key is for, e.g. "Council website" */
  name: Scalars['String']['input'];
};

/** A new council */
export type CreateCouncilInput = {
  /** Its kind */
  kind: CouncilKind;
  /** Its name (required, at most 200 characters) */
  name: Scalars['String']['input'];
  /** Its nation */
  nation: Nation;
  /** When its protocol is first due for review (YYYY-MM-DD) */
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Required unless you are a platform admin */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Its slug: lower case letters, digits and hyphens, unique (e.g. ashbury); used in its public address */
  slug: Scalars['String']['input'];
};

/** What to make of an import: the suggestions to use, edited where need be */
export type CreateDraftFromImportInput = {
  /** Suggestion ids to use as they are */
  accept: Array<Scalars['ID']['input']>;
  /** Edited values by suggestion id (each also accepted) */
  edits?: InputMaybe<Scalars['JSON']['input']>;
  /** The protocol's title; the document's own when absent */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new person, with their first membership */
export type CreateUserInput = {
  /** The council where they get their role */
  councilId: Scalars['ID']['input'];
  /** Their name as shown */
  displayName: Scalars['String']['input'];
  /** Their e-mail address, used to sign in (unique) */
  email: Scalars['String']['input'];
  /** en or cy */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Their first password (the password policy applies: BAD_USER_INPUT names what is wrong) */
  password: Scalars['String']['input'];
  /** Their role at the council */
  role: MembershipRole;
};

/** A new API key and its secret */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key's record */
  apiKey: ApiKey;
  /** The key itself. It is shown this once and never stored: keep it now. */
  secret: Scalars['String']['output'];
};

/** A monitoring officer's view across their councils (only councils with something to show are listed) */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Councils looked at */
  councilCount: Scalars['Int']['output'];
  /** The councils with something to show (reviews due or overdue, open cases); rows lists every council, filtered and paged */
  councils: Array<CouncilDashboard>;
  /** Councils by review status, across every council looked at */
  reviewStatus: ReviewStatusCounts;
  /** Every council looked at, with its review status and counts: filtered, sorted and paged here (from the same statement as the totals) */
  rows: CouncilDashboardList;
  /** The day it counted from (YYYY-MM-DD) */
  today: Scalars['LocalDate']['output'];
  /** The figures summed over every council */
  total: DashboardCounts;
};


/** A monitoring officer's view across their councils (only councils with something to show are listed) */
export type DashboardRowsArgs = {
  filter?: InputMaybe<DashboardCouncilFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<DashboardCouncilSort>;
};

/** Narrows the list; every field given must match */
export type DashboardCouncilFilter = {
  /** Only councils with open cases past a deadline or with the monitoring officer, or a review due or overdue */
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only councils whose review stands so */
  reviewStatus?: InputMaybe<Array<ReviewStatus>>;
  /** Matches the name, case-insensitively */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The order of a list: a field and a direction */
export type DashboardCouncilSort = {
  /** ASC (A to Z, earliest first) or DESC */
  direction?: SortDirection;
  /** What to sort by */
  field?: DashboardCouncilSortField;
};

/** What the dashboard's councils can be sorted by */
export const DashboardCouncilSortField = {
  /** How many cases are past a deadline */
  CASES_PAST_DEADLINE: 'CASES_PAST_DEADLINE',
  /** How many cases are with the monitoring officer */
  CASES_WITH_MONITORING_OFFICER: 'CASES_WITH_MONITORING_OFFICER',
  /** Council name */
  NAME: 'NAME',
  /** When its protocol is next due for review */
  NEXT_REVIEW_DUE: 'NEXT_REVIEW_DUE',
  /** How many cases are open */
  OPEN_CASES: 'OPEN_CASES',
  /** How many reviews are overdue */
  OVERDUE: 'OVERDUE',
  /** Where it stands with its review, overdue first when descending */
  REVIEW_STATUS: 'REVIEW_STATUS'
} as const;

export type DashboardCouncilSortField = typeof DashboardCouncilSortField[keyof typeof DashboardCouncilSortField];
/** What needs attention, for one council or in total */
export type DashboardCounts = {
  __typename?: 'DashboardCounts';
  /** Open cases past a deadline (acknowledgement, response or step) */
  casesPastDeadline: Scalars['Int']['output'];
  /** Open cases now with the monitoring officer */
  casesWithMonitoringOfficer: Scalars['Int']['output'];
  /** Live cases whose next deadline is in the 7 days after today */
  dueThisWeek: Scalars['Int']['output'];
  /** Live cases whose next deadline is today */
  dueToday: Scalars['Int']['output'];
  /** Open cases */
  openCases: Scalars['Int']['output'];
  /** Live cases whose next deadline (see Case.nextDeadline) is before today: the cases `cases(filter: { overdueOn: today })` lists */
  overdue: Scalars['Int']['output'];
  /** Protocol reviews coming up (open review tasks) */
  reviewsDue: Scalars['Int']['output'];
  /** Protocol reviews past their date */
  reviewsOverdue: Scalars['Int']['output'];
  /** Notifications not yet read */
  unreadNotifications: Scalars['Int']['output'];
};

/** When information otherwise confidential may be disclosed, and who must be asked first */
export type DisclosureException = {
  __typename?: 'DisclosureException';
  /** The classifications it applies to; empty: every classification */
  classifications: Array<Classification>;
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** A condition in words that must hold as well */
  condition?: Maybe<Scalars['String']['output']>;
  /** The condition in Welsh */
  conditionCy?: Maybe<Scalars['String']['output']>;
  /** Who must be consulted first (one or several) */
  consult: Array<Scalars['String']['output']>;
  /** The exception in plain words */
  description: Scalars['String']['output'];
  /** The exception in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Which exception */
  key: DisclosureExceptionKind;
};

/** When confidential information may be disclosed */
export const DisclosureExceptionKind = {
  /** It is already public */
  ALREADY_PUBLIC: 'ALREADY_PUBLIC',
  /** The person entitled to it consents */
  CONSENT: 'CONSENT',
  /** There is a legitimate reason, as the protocol sets out */
  LEGITIMATE_REASON: 'LEGITIMATE_REASON',
  /** To get professional advice, in confidence */
  PROFESSIONAL_ADVICE: 'PROFESSIONAL_ADVICE',
  /** It is reasonable and in the public interest */
  PUBLIC_INTEREST: 'PUBLIC_INTEREST',
  /** The law requires it */
  REQUIRED_BY_LAW: 'REQUIRED_BY_LAW',
  /** Someone with authority (e.g. the Monitoring Officer) allows it */
  WITH_AUTHORITY: 'WITH_AUTHORITY'
} as const;

export type DisclosureExceptionKind = typeof DisclosureExceptionKind[keyof typeof DisclosureExceptionKind];
/** JSON or YAML, for exporting a protocol document */
export const DocumentTextFormat = {
  /** JSON */
  JSON: 'JSON',
  /** YAML */
  YAML: 'YAML'
} as const;

export type DocumentTextFormat = typeof DocumentTextFormat[keyof typeof DocumentTextFormat];
/** What createDraftFromImport made: the draft, and the import it came from */
export type DraftFromImport = {
  __typename?: 'DraftFromImport';
  /** The new draft (not adopted: review and adopt it) */
  draft: ProtocolVersion;
  /** The import, as it is now */
  import: ProtocolImport;
  /** What could not go into the draft in today's format, in words */
  notes: Array<Scalars['String']['output']>;
};

/** Categories of members' enquiries with response standards */
export const EnquiryCategory = {
  /** A complaint passed on by a member */
  COMPLAINT: 'COMPLAINT',
  /** Any other letter or e-mail from a member */
  GENERAL_CORRESPONDENCE: 'GENERAL_CORRESPONDENCE',
  /** A request for information the member needs for their role */
  INFORMATION_REQUEST: 'INFORMATION_REQUEST',
  /** About a planning application or planning matter */
  PLANNING: 'PLANNING',
  /** About council policy */
  POLICY_MATTER: 'POLICY_MATTER',
  /** About a cabinet member's portfolio, or political */
  PORTFOLIO_POLITICAL: 'PORTFOLIO_POLITICAL',
  /** About the member's ward: a local issue raised for residents */
  WARD_MATTER: 'WARD_MATTER'
} as const;

export type EnquiryCategory = typeof EnquiryCategory[keyof typeof EnquiryCategory];
/** The steps a concern goes through, in order, each with its handler and time */
export type EscalationChain = {
  __typename?: 'EscalationChain';
  /** For chains about a particular role (a complaint about the Clerk) */
  about?: Maybe<Scalars['String']['output']>;
  /** For a late-enquiry chain that applies to one category */
  category?: Maybe<Scalars['String']['output']>;
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** A built-in concern kind or one of the protocol's own (lower case) */
  concern: Scalars['String']['output'];
  /** The chain in plain words */
  description?: Maybe<Scalars['String']['output']>;
  /** The chain in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Other steps the chain may start at, and when */
  entryPoints: Array<ChainEntryPoint>;
  /** The external body at the end of the chain */
  externalBody?: Maybe<Scalars['String']['output']>;
  /** Identifies the chain among several for one kind of concern */
  id?: Maybe<Scalars['String']['output']>;
  /** "Serious" matters start at this step (0-based) */
  seriousStartsAt?: Maybe<Scalars['Int']['output']>;
  /** The severity it is for; ANY for both */
  severity: Severity;
  /** Its steps, in order */
  steps: Array<EscalationStep>;
  /** When this chain applies, where several serve one kind of concern */
  when?: Maybe<ChainCondition>;
};

/** Where a concern goes at a council, in order, under its adopted protocol */
export type EscalationRoute = {
  __typename?: 'EscalationRoute';
  /** The chain that applies; null when the caller must choose (see choices) */
  chain?: Maybe<EscalationChain>;
  /** The chains to choose from, when the question does not decide (ask again with chainId, raisedBy or seeks) */
  choices: Array<RouteChoice>;
  /** Why this chain: its condition and what the question said that matched, or that it is the only one */
  chosenBecause: Scalars['String']['output'];
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** The external body at the end of the chain */
  externalBody?: Maybe<ProtocolRole>;
  /** The adopted version that was asked */
  protocolVersion: ProtocolVersion;
  /** Empty when the caller must choose */
  steps: Array<RouteStep>;
  /** Whom the concern is about (as asked, or the role the chain is kept for); never told through the route */
  subject?: Maybe<Scalars['String']['output']>;
  /** Handlers the protocol places under the subject (from the roles' reportsTo), and the like */
  warnings: Array<RouteWarning>;
};

/** One step of an escalation chain */
export type EscalationStep = {
  __typename?: 'EscalationStep';
  /** What happens at the step */
  action: StepAction;
  /** Who takes the step when the handler is the subject or absent */
  alternatives: Array<Scalars['String']['output']>;
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** Roles the handler discusses the matter with or takes advice from */
  consult: Array<Scalars['String']['output']>;
  /** The step in plain words */
  description: Scalars['String']['output'];
  /** The step in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Who handles the step (version 2), an expression: { role, orNominee? } | { procedure: { name, nameCy?, url? } } | { anyOf: [...] } | { allOf: [...] }; wins over handler */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  /** Who handles the step (version 1); handledBy, when present, says it in full */
  handler?: Maybe<Scalars['String']['output']>;
  /** Roles that decide jointly with the handler */
  jointWith: Array<Scalars['String']['output']>;
  /** Roles that may be told (at the handler's discretion, or when they exist) */
  mayNotify: Array<Scalars['String']['output']>;
  /** Roles to tell at this step */
  notify: Array<Scalars['String']['output']>;
  /** What must hold for the step to apply */
  preconditions: Array<Precondition>;
  /** Taken with the person concerned first: the handler keeps the step even when the concern is about them */
  withSubjectFirst: Scalars['Boolean']['output'];
  /** Working days allowed at this step before moving on */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** Who can expect what of whom */
export const ExpectationDirection = {
  /** What members can expect of officers */
  MEMBERS_FROM_OFFICERS: 'MEMBERS_FROM_OFFICERS',
  /** What officers can expect of members */
  OFFICERS_FROM_MEMBERS: 'OFFICERS_FROM_MEMBERS'
} as const;

export type ExpectationDirection = typeof ExpectationDirection[keyof typeof ExpectationDirection];
/** What must be done when an answer will take longer than the standard */
export type ExtensionRule = {
  __typename?: 'ExtensionRule';
  /** The rule in plain words */
  description: Scalars['String']['output'];
  /** The rule in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** What the person asking is owed */
  terms: Array<ExtensionTerm>;
};

/** What is owed when a response will take longer than the standard */
export const ExtensionTerm = {
  /** Notice of the delay before the standard runs out */
  EARLY_NOTICE: 'EARLY_NOTICE',
  /** An explanation of why it takes longer */
  EXPLANATION: 'EXPLANATION',
  /** An estimate of when the answer will come */
  TIME_ESTIMATE: 'TIME_ESTIMATE'
} as const;

export type ExtensionTerm = typeof ExtensionTerm[keyof typeof ExtensionTerm];
/** Which side of one difference between the document and the model to keep */
export type FollowModelChoice = {
  /** The difference (ModelDifference.id) */
  difference: Scalars['ID']['input'];
  /** The model's side or the document's */
  keep: FollowModelKeep;
};

/** Which side of a difference a draft following the model keeps: the model's or the document's */
export const FollowModelKeep = {
  /** The document's clause, rule or review schedule (or none, where only the model has one) */
  DOCUMENT: 'DOCUMENT',
  /** The model's clause, rule or review schedule (or none, where only the document has one) */
  MODEL: 'MODEL'
} as const;

export type FollowModelKeep = typeof FollowModelKeep[keyof typeof FollowModelKeep];
/** A clause of the imported document, as written */
export type ImportClause = {
  __typename?: 'ImportClause';
  /** Its id within the import */
  id: Scalars['ID']['output'];
  /** As written ("1.1", "(a)"); null for an unnumbered paragraph */
  number?: Maybe<Scalars['String']['output']>;
  /** How it is numbered */
  scheme?: Maybe<NumberScheme>;
  /** The id of the section it is in */
  section?: Maybe<Scalars['ID']['output']>;
  /** Its text as read */
  text: Scalars['String']['output'];
};

/** The kind of file an import read (sniffed from its bytes) */
export const ImportFormat = {
  /** A Word document (.docx) */
  DOCX: 'DOCX',
  /** A web page (HTML) */
  HTML: 'HTML',
  /** Markdown */
  MD: 'MD',
  /** A PDF with a text layer */
  PDF: 'PDF',
  /** Plain text */
  TXT: 'TXT'
} as const;

export type ImportFormat = typeof ImportFormat[keyof typeof ImportFormat];
/** Why a file could not be imported */
export const ImportProblem = {
  /** The file is damaged and cannot be read */
  CORRUPT: 'CORRUPT',
  /** The file is empty */
  EMPTY: 'EMPTY',
  /** The PDF is password-protected */
  ENCRYPTED_PDF: 'ENCRYPTED_PDF',
  /** An old Word .doc file: save it as .docx */
  LEGACY_DOC: 'LEGACY_DOC',
  /** The PDF is scanned images with no text: run it through OCR first */
  NO_TEXT_LAYER: 'NO_TEXT_LAYER',
  /** The file is over the size limit */
  TOO_LARGE: 'TOO_LARGE',
  /** The PDF has more pages than the limit */
  TOO_MANY_PAGES: 'TOO_MANY_PAGES',
  /** Not a file type Accord reads (text, Markdown, HTML, .docx, PDF) */
  UNSUPPORTED: 'UNSUPPORTED',
  /** The .docx expands to far more than its size: refused */
  ZIP_BOMB: 'ZIP_BOMB',
  /** The .docx holds a file with an unsafe path: refused */
  ZIP_PATH: 'ZIP_PATH'
} as const;

export type ImportProblem = typeof ImportProblem[keyof typeof ImportProblem];
/** A section of the imported document: its heading, with its number as written */
export type ImportSection = {
  __typename?: 'ImportSection';
  /** Its heading as read */
  heading: Scalars['String']['output'];
  /** Its id within the import */
  id: Scalars['ID']['output'];
  /** Its number as written ("3", "2.0"); null when unnumbered */
  number?: Maybe<Scalars['String']['output']>;
};

/** Where an import is: queued, being parsed, ready for review, or failed */
export const ImportStatus = {
  /** Could not be read: see problem */
  FAILED: 'FAILED',
  /** Being read by the worker */
  PARSING: 'PARSING',
  /** Waiting for the worker */
  QUEUED: 'QUEUED',
  /** Read: its sections, clauses and suggestions are ready for review */
  READY: 'READY'
} as const;

export type ImportStatus = typeof ImportStatus[keyof typeof ImportStatus];
/** A rule the importer suggests, with where it came from and why */
export type ImportSuggestion = {
  __typename?: 'ImportSuggestion';
  /** The clause it came from */
  clause: Scalars['ID']['output'];
  /** 0 to 1 */
  confidence: Scalars['Float']['output'];
  /** Where it ends (exclusive) */
  end: Scalars['Int']['output'];
  /** The words of the document it was read from */
  excerpt: Scalars['String']['output'];
  /** Its id within the import, for accepting or rejecting it */
  id: Scalars['ID']['output'];
  /** What it proposes */
  kind: SuggestionKind;
  /** The pattern that produced it (e.g. time.within_n_units) */
  pattern: Scalars['String']['output'];
  /** Where the matched text starts in the clause text */
  start: Scalars['Int']['output'];
  /** What it proposes; its shape depends on the kind */
  value: Scalars['JSON']['output'];
};

/** An invitation sent: the person (who cannot sign in until they set a password) and when the link expires */
export type Invitation = {
  __typename?: 'Invitation';
  /** When the one-time link stops working; null when they had an account already (given this council, told by e-mail, they sign in as before) */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether they were made the holder of the Clerk role */
  officeHolder: Scalars['Boolean']['output'];
  /** The invited person */
  user: User;
};

/** Someone to invite to a council: they get an e-mail with a one-time link to set their own password */
export type InviteUserInput = {
  /** The council they will serve */
  councilId: Scalars['ID']['input'];
  /** Their name as shown in the app and on routes */
  displayName: Scalars['String']['input'];
  /** Where the invitation is sent; their sign-in */
  email: Scalars['String']['input'];
  /** en or cy: the language of the invitation and of the app for them (default: cy for a council in Wales, else en) */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** For a clerk: also record them as the holder of the Clerk role from today, so routes name them */
  officeHolder?: Scalars['Boolean']['input'];
  /** Their role at the council (CLERK by default) */
  role?: MembershipRole;
};

/** English, or Welsh (Cymraeg) */
export const Language = {
  /** Welsh (Cymraeg) */
  CY: 'CY',
  /** English */
  EN: 'EN'
} as const;

export type Language = typeof Language[keyof typeof Language];
/** Who is calling */
export type Me = {
  __typename?: 'Me';
  /** The API key in use, if any */
  apiKey?: Maybe<ApiKey>;
  /** Your own memberships (an API key has none) */
  memberships: Array<Membership>;
  /** True for a platform admin: every council, and what only they may do */
  platformAdmin: Scalars['Boolean']['output'];
  /** True for API keys: queries only */
  readOnly: Scalars['Boolean']['output'];
  /** null when calling with an API key */
  user?: Maybe<User>;
};

/** A person's role at a council */
export type Membership = {
  __typename?: 'Membership';
  /** The council */
  council: Council;
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** When the role was given */
  createdAt: Scalars['DateTime']['output'];
  /** The membership's id */
  id: Scalars['ID']['output'];
  /** The role */
  role: MembershipRole;
  /** The person */
  user: User;
  /** The person's id */
  userId: Scalars['ID']['output'];
};

/** Narrows the list; every field given must match */
export type MembershipFilter = {
  /** Only this council's memberships */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this person's memberships */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of memberships, with how many matched in all */
export type MembershipList = {
  __typename?: 'MembershipList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<Membership>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A person's role at a council. A monitoring officer's role reaches every council below theirs. */
export const MembershipRole = {
  /** The council's clerk: its protocol, cases, people (clerks and viewers), closure days and API keys */
  CLERK: 'CLERK',
  /** Everything at the council and every council below it: councils, people, protocols, models, cases, keys */
  MONITORING_OFFICER: 'MONITORING_OFFICER',
  /** Reads the council: its protocol and public cases; changes nothing */
  VIEWER: 'VIEWER'
} as const;

export type MembershipRole = typeof MembershipRole[keyof typeof MembershipRole];
/** Where an imported document differs from the model published to the council (the model's adopted version, its placeholders filled for the council) */
export type ModelComparison = {
  __typename?: 'ModelComparison';
  /** Clauses added, changed or removed against the model */
  clauses: Array<ModelDifference>;
  /** Every difference: clauses, then rules, then the review schedule */
  differences: Array<ModelDifference>;
  /** The model protocol's id */
  modelId: Scalars['ID']['output'];
  /** The model's title */
  modelTitle: Scalars['String']['output'];
  /** The model version compared with */
  modelVersionId: Scalars['ID']['output'];
  /** Rules added, changed or removed against the model */
  rules: Array<ModelDifference>;
};

/** A clause, rule or review schedule where the imported document differs from the model */
export type ModelDifference = {
  __typename?: 'ModelDifference';
  /** added (in the document, not the model), changed, or removed (in the model, not the document) */
  change: Scalars['String']['output'];
  /** What the document says; null when only the model says it */
  documentValue?: Maybe<Scalars['JSON']['output']>;
  /** Names the difference in createDraftFollowingModel choices ("clause:4.7", "rule:response_standard:general_correspondence", "review") */
  id: Scalars['ID']['output'];
  /** Which a draft following the model keeps unless told otherwise: the document's where it says something, else the model's */
  keep: FollowModelKeep;
  /** The clause id, or the rule key */
  key: Scalars['String']['output'];
  /** clause, rule or review */
  kind: Scalars['String']['output'];
  /** What the model says: the clause, the rule, or the review facts; null when only the document says it */
  modelValue?: Maybe<Scalars['JSON']['output']>;
  /** For a clause: its number as written */
  number?: Maybe<Scalars['String']['output']>;
  /** For a rule: its section (role, chain, response_standard…) */
  section?: Maybe<Scalars['String']['output']>;
};

/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type Mutation = {
  __typename?: 'Mutation';
  /** Sets an invited person's password from their one-time link (no sign-in needed) and signs them in */
  acceptInvitation: AuthPayload;
  /** Adds a note to a case's timeline */
  addCaseNote: CaseEvent;
  /** Adds a day the council's offices are closed: it is not a working day when deadlines are counted (clerks and monitoring officers) */
  addCouncilClosure: CouncilClosure;
  /** Gives a person a role at a council. Clerks grant clerk and viewer roles; monitoring officers any role at their councils and those below */
  addMembership: Membership;
  /** Records who holds a role of the council's protocol (the Clerk, the Monitoring Officer) from a date; clerks and monitoring officers */
  addOfficeHolder: OfficeHolder;
  /** Adds a clause (or unnumbered paragraph) to a draft: at the end, after a given clause id, or at the start (atStart) */
  addProtocolClause: ProtocolClause;
  /** Adopts a draft; the adopted version it replaces becomes superseded */
  adoptProtocolVersion: ProtocolVersion;
  /** Creates a read-only key; its secret is returned this once only */
  createApiKey: CreatedApiKey;
  /** A calendar of a council's case deadlines and review dates (and of the councils below, if asked) */
  createCalendarFeed: CalendarFeedSecret;
  /** Creates a council: below your own (monitoring officers), or anywhere (platform admins). The slug must be unused (CONFLICT) */
  createCouncil: Council;
  /** Makes a draft of the council's protocol that follows the model published to it, with the document's differences kept where the choices (or, for a difference not chosen, its default) say; the adopted version is not changed */
  createDraftFollowingModel: DraftFromImport;
  /** Makes a draft of the council's protocol from an import's accepted suggestions (the adopted version is not changed) */
  createDraftFromImport: DraftFromImport;
  /** A model protocol for the councils below (monitoring officers); its first draft copies fromVersionId if given */
  createModelProtocol: Protocol;
  /** Creates a council's protocol, its first draft copied from a model when one is given */
  createProtocol: Protocol;
  /** Creates an account with a password you choose and a role at a council (inviteUser sends the person a link instead). The e-mail must be unused (CONFLICT) */
  createUser: User;
  /** Deletes a council with no councils below it, no members and no API keys */
  deleteCouncil: Scalars['ID']['output'];
  /** Discards a draft with its clauses and rules; the adopted version is untouched */
  discardDraft: Scalars['ID']['output'];
  /** Makes a council's protocol follow a model it may start from (its council's own, or one published above it), or none (modelId null); nothing is copied, compare against the model from then on */
  followModelProtocol: Protocol;
  /** saveDraftDocument from JSON or YAML text (what exportDocument gives, or a file written by hand) */
  importProtocolDocument: ProtocolVersion;
  /** Invites someone to a council: their account, membership and (for a clerk) the Clerk office holder from today, and an e-mail with a one-time link to set their own password, sent from the mail outbox once this has committed (retried while the mail server is unreachable). Someone who has an account already (a clerk of several councils) is given this council and told by e-mail, with no link; nothing of their other councils is shown */
  inviteUser: Invitation;
  /** Marks one of your notifications read */
  markNotificationRead: Notification;
  /** Acknowledges, responds to, resolves, closes or escalates a case; CONFLICT when its status does not allow it */
  moveCase: Case;
  /** Moves a clause of a draft to just after another, named by its id (key); null: to the start. Its number and id are unchanged */
  moveProtocolClause: ProtocolClause;
  /** Onboards every council of the CSV in one transaction (monitoring officers and platform admins): each council below its parent (the caller's own when the parent is left empty), its draft protocol from a model, its clerk invited and made the Clerk office holder. Refused (BAD_USER_INPUT) while any row has a problem; a failure on any row leaves nothing */
  onboardCouncils: OnboardingResult;
  /** Opens an enquiry or concern; its deadlines and route are fixed from the protocol in force at receipt */
  openCase: Case;
  /** Publishes a model to the councils below (or withdraws it) */
  publishModelProtocol: Protocol;
  /** Completes a review by reaffirming the protocol in force; its next review date moves on (adopting a new version completes it too) */
  reaffirmProtocol: ReviewTask;
  /** Removes a closure day; deadlines counted later count it as a working day again. Answers the id removed */
  removeCouncilClosure: Scalars['ID']['output'];
  /** Takes a role at a council away from a person (not your own, unless a platform admin). Answers the id removed */
  removeMembership: Scalars['ID']['output'];
  /** Removes an office holder's record (to end a term, set its toDate instead). Answers the id removed */
  removeOfficeHolder: Scalars['ID']['output'];
  /** Removes a clause no rule cites from a draft */
  removeProtocolClause: Scalars['ID']['output'];
  /** Removes a rule from a draft */
  removeProtocolRule: Scalars['ID']['output'];
  /** Renames a protocol; titleCy is its Welsh title (null clears it) */
  renameProtocol: Protocol;
  /** Revokes a key at once: its next request is refused (UNAUTHENTICATED). Clerks and monitoring officers of its council */
  revokeApiKey: ApiKey;
  /** Revokes a feed: its URL stops working at once */
  revokeCalendarFeed: CalendarFeed;
  /** Replaces a draft with a whole document (format 2; JSON Schema at /schema/protocol-document.v2.json): clauses, sections, rules, dates, review schedule, title. Every problem is reported at once in extensions.problems ({ path, message }), and nothing is written while there is any */
  saveDraftDocument: ProtocolVersion;
  /** Adds a rule to a draft, or (with expectedVersion) replaces the rule with the same key; checked against the draft */
  saveProtocolRule: ProtocolRuleEntry;
  /** Sets a draft's review schedule */
  setProtocolReview: ProtocolVersion;
  /** Signs in with e-mail and password; returns a short-lived token */
  signIn: AuthPayload;
  /** Starts a draft as a copy of the adopted version (or of the model) */
  startProtocolDraft: ProtocolVersion;
  /** Changes what a case says (subject, description, who raised it, classification, documents); its deadlines and route stay as fixed at receipt */
  updateCase: Case;
  /** Changes a council's details (clerks and monitoring officers); moving it under another parent needs a monitoring officer */
  updateCouncil: Council;
  /** Changes an office holder's record, e.g. ends a term with toDate */
  updateOfficeHolder: OfficeHolder;
  /** Edits a clause of a draft */
  updateProtocolClause: ProtocolClause;
  /** Changes a person's name or language: your own, or (clerks and monitoring officers) someone at your councils */
  updateUser: User;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationAddCaseNoteArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationAddCouncilClosureArgs = {
  councilId: Scalars['ID']['input'];
  date: Scalars['LocalDate']['input'];
  reason?: Scalars['String']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationAddMembershipArgs = {
  input: AddMembershipInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationAddOfficeHolderArgs = {
  councilId: Scalars['ID']['input'];
  input: OfficeHolderInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationAddProtocolClauseArgs = {
  input: AddClauseInput;
  versionId: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationAdoptProtocolVersionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AdoptInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateCalendarFeedArgs = {
  councilId: Scalars['ID']['input'];
  includeBelow?: Scalars['Boolean']['input'];
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateCouncilArgs = {
  input: CreateCouncilInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateDraftFollowingModelArgs = {
  accept?: InputMaybe<Array<Scalars['ID']['input']>>;
  choices?: InputMaybe<Array<FollowModelChoice>>;
  edits?: InputMaybe<Scalars['JSON']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateDraftFromImportArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CreateDraftFromImportInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateModelProtocolArgs = {
  councilId: Scalars['ID']['input'];
  fromVersionId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateProtocolArgs = {
  councilId: Scalars['ID']['input'];
  modelId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationDeleteCouncilArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationDiscardDraftArgs = {
  expectedVersion: Scalars['Int']['input'];
  versionId: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationFollowModelProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  modelId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationImportProtocolDocumentArgs = {
  expectedVersion: Scalars['Int']['input'];
  text: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationMoveCaseArgs = {
  action: CaseAction;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationMoveProtocolClauseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationOnboardCouncilsArgs = {
  csv: Scalars['String']['input'];
  modelId?: InputMaybe<Scalars['ID']['input']>;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationPublishModelProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  published?: Scalars['Boolean']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationReaffirmProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  meetingOn?: InputMaybe<Scalars['LocalDate']['input']>;
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
  reviewTaskId: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRemoveCouncilClosureArgs = {
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRemoveMembershipArgs = {
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRemoveOfficeHolderArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRemoveProtocolClauseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRemoveProtocolRuleArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRenameProtocolArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  titleCy?: InputMaybe<Scalars['String']['input']>;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationSaveDraftDocumentArgs = {
  document: Scalars['JSON']['input'];
  expectedVersion: Scalars['Int']['input'];
  versionId: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationSaveProtocolRuleArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  rule: Scalars['JSON']['input'];
  section: RuleSection;
  versionId: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationSetProtocolReviewArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ReviewScheduleInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationStartProtocolDraftArgs = {
  protocolId: Scalars['ID']['input'];
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationUpdateCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCaseInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationUpdateCouncilArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCouncilInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationUpdateOfficeHolderArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: OfficeHolderInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationUpdateProtocolClauseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateClauseInput;
};


/** Changes, by signed-in people only (API keys are read-only: FORBIDDEN). Each is checked against your role at the council; changes to versioned records take the expectedVersion you read (CONFLICT if someone saved since) */
export type MutationUpdateUserArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/** Decides the bank holidays that apply */
export const Nation = {
  /** England: England and Wales bank holidays */
  ENGLAND: 'ENGLAND',
  /** Northern Ireland: its own bank holidays */
  NORTHERN_IRELAND: 'NORTHERN_IRELAND',
  /** Scotland: Scottish bank holidays */
  SCOTLAND: 'SCOTLAND',
  /** Wales: England and Wales bank holidays; texts in Welsh and English */
  WALES: 'WALES'
} as const;

export type Nation = typeof Nation[keyof typeof Nation];
/** Something a council should act on, recorded once by the worker */
export type Notification = {
  __typename?: 'Notification';
  /** The text, in your language */
  body: Scalars['String']['output'];
  /** The case a reminder was about */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** The council it is about */
  council: Council;
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** When it was made */
  createdAt: Scalars['DateTime']['output'];
  /** The date it is about (YYYY-MM-DD), if any */
  dueDate?: Maybe<Scalars['LocalDate']['output']>;
  /** none (in the app only), pending, sent or failed */
  emailStatus: Scalars['String']['output'];
  /** When it was e-mailed; null if not (yet) */
  emailedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The notification's id */
  id: Scalars['ID']['output'];
  /** What it is about */
  kind: NotificationKind;
  /** When you marked it read; null while unread */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The address it was e-mailed to */
  recipientEmail?: Maybe<Scalars['String']['output']>;
  /** Whom it was for (a reminder goes to the holders of a role) */
  recipientName?: Maybe<Scalars['String']['output']>;
  /** Its subject line, in your language */
  subject: Scalars['String']['output'];
};

/** Narrows the list; every field given must match */
export type NotificationFilter = {
  /** Only notifications about this council */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** Only unread ones */
  unreadOnly?: Scalars['Boolean']['input'];
};

/** What a notification is about */
export const NotificationKind = {
  /** A case's acknowledgement date passed without one */
  ACKNOWLEDGE_MISSED: 'ACKNOWLEDGE_MISSED',
  /** A case's acknowledgement is due soon */
  ACKNOWLEDGE_SOON: 'ACKNOWLEDGE_SOON',
  /** A case's response date passed without one */
  RESPOND_MISSED: 'RESPOND_MISSED',
  /** A case's response is due soon */
  RESPOND_SOON: 'RESPOND_SOON',
  /** The council's protocol review falls due soon */
  REVIEW_DUE: 'REVIEW_DUE',
  /** The council's protocol review date has passed */
  REVIEW_OVERDUE: 'REVIEW_OVERDUE',
  /** A protocol review was opened for the council */
  REVIEW_TASK: 'REVIEW_TASK',
  /** The current step of a concern's escalation passed its time limit */
  STEP_MISSED: 'STEP_MISSED',
  /** The current step of a concern's escalation is due soon */
  STEP_SOON: 'STEP_SOON'
} as const;

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind];
/** A page of notifications, with how many matched in all */
export type NotificationList = {
  __typename?: 'NotificationList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<Notification>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A clause number's scheme as written: 1.1, (a), i., a bullet */
export const NumberScheme = {
  /** A bullet point */
  BULLET: 'BULLET',
  /** Decimal numbers: 1, 1.1, 4.2.3 */
  DECIMAL: 'DECIMAL',
  /** Letters: (a), b) */
  LETTER: 'LETTER',
  /** Roman numerals: i., (iv) */
  ROMAN: 'ROMAN'
} as const;

export type NumberScheme = typeof NumberScheme[keyof typeof NumberScheme];
/** A general duty, right or restriction, or a disclosure someone must make */
export type Obligation = {
  __typename?: 'Obligation';
  /** Whom it binds or benefits */
  appliesTo: Array<Scalars['String']['output']>;
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** Who stands in, in order, when those it applies to are not available (handler expressions) */
  inAbsence?: Maybe<Scalars['JSON']['output']>;
  /** Duty, right, restriction or disclosure */
  kind: ObligationKind;
  /** Who enters it in the register */
  recordedBy: Array<Scalars['String']['output']>;
  /** Where a disclosure is recorded */
  register?: Maybe<Scalars['String']['output']>;
  /** For disclosures and reports: to whom */
  reportTo: Array<Scalars['String']['output']>;
  /** What it says */
  text: Scalars['String']['output'];
  /** What it says, in Welsh */
  textCy?: Maybe<Scalars['String']['output']>;
};

/** A duty, a right, a restriction, or a disclosure someone must make */
export const ObligationKind = {
  /** Something someone must declare, e.g. a close relationship */
  DISCLOSURE: 'DISCLOSURE',
  /** Something someone must do */
  DUTY: 'DUTY',
  /** Something someone must not do */
  RESTRICTION: 'RESTRICTION',
  /** Something someone is entitled to */
  RIGHT: 'RIGHT'
} as const;

export type ObligationKind = typeof ObligationKind[keyof typeof ObligationKind];
/** Who holds a role at a council now (or from/to given dates), so that the worker can reach a person */
export type OfficeHolder = {
  __typename?: 'OfficeHolder';
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** True for a deputy (acts when the holder is away) */
  deputy: Scalars['Boolean']['output'];
  /** Their e-mail address, for reminders */
  email?: Maybe<Scalars['String']['output']>;
  /** The first day they hold it (YYYY-MM-DD) */
  fromDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The record's id */
  id: Scalars['ID']['output'];
  /** Their name */
  name: Scalars['String']['output'];
  /** Their telephone number */
  phone?: Maybe<Scalars['String']['output']>;
  /** The role held: a role key of the protocol, e.g. clerk, chairman, monitoring_officer */
  roleKey: Scalars['String']['output'];
  /** The last day they hold it; null while they do */
  toDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Its version, for expectedVersion */
  version: Scalars['Int']['output'];
};

/** Who holds a role: every field is set as given */
export type OfficeHolderInput = {
  /** A deputy, reached after the principal */
  deputy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Their e-mail address, for reminders */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The first day they hold it (YYYY-MM-DD) */
  fromDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Their name (required) */
  name: Scalars['String']['input'];
  /** Their telephone number */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** A role key of the protocol, in either case (clerk or CLERK) */
  roleKey: Scalars['VocabularyKey']['input'];
  /** The last day they hold it; none while they do */
  toDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** What a bulk onboarding CSV would do (nothing is saved): each row with its problems */
export type OnboardingPreview = {
  __typename?: 'OnboardingPreview';
  /** Whether onboardCouncils would accept this file (at least one row, no problems) */
  ready: Scalars['Boolean']['output'];
  /** The rows, in file order */
  rows: Array<OnboardingRow>;
  /** How many rows have at least one problem */
  rowsWithErrors: Scalars['Int']['output'];
};

/** The councils made by a bulk onboarding, all in one transaction */
export type OnboardingResult = {
  __typename?: 'OnboardingResult';
  /** The new councils, in file order */
  councils: Array<Council>;
  /** How many clerks were invited (one e-mail each, sent once this has committed) */
  invited: Scalars['Int']['output'];
  /** How many draft protocols were made from a model */
  protocolsFromModel: Scalars['Int']['output'];
};

/** One row of a bulk onboarding CSV: the council it makes, and its problems (none when it is ready) */
export type OnboardingRow = {
  __typename?: 'OnboardingRow';
  /** The clerk's e-mail address, lower-cased */
  clerkEmail: Scalars['String']['output'];
  /** The clerk's name as written */
  clerkName: Scalars['String']['output'];
  /** What must be corrected before onboarding; empty when the row is ready */
  errors: Array<OnboardingRowError>;
  /** The kind (from the kind column, else the usual kind below the parent); null when it cannot be read */
  kind?: Maybe<CouncilKind>;
  /** The council's name as written */
  name: Scalars['String']['output'];
  /** The nation, from the parent's; null when the parent is unknown */
  nation?: Maybe<Nation>;
  /** The parent council, when known */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** The parent council's name, when known */
  parentName?: Maybe<Scalars['String']['output']>;
  /** The row number: 1 for the first row after the header */
  row: Scalars['Int']['output'];
  /** The slug made from the name */
  slug: Scalars['String']['output'];
};

/** A problem with one cell of a bulk onboarding CSV */
export type OnboardingRowError = {
  __typename?: 'OnboardingRowError';
  /** The column, as its header is written in the template: name, kind, parent, clerk name or clerk email */
  column: Scalars['String']['output'];
  /** What is wrong, short, in your language */
  message: Scalars['String']['output'];
};

/** A new enquiry or concern. Its deadlines and route come from the protocol in force at receipt. */
export type OpenCaseInput = {
  /** The person it is about, when named */
  aboutPerson?: InputMaybe<Scalars['String']['input']>;
  /** The role the case is about (a role key of the protocol, either case) */
  aboutRole?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** For an enquiry (and optionally a late-enquiry concern): a category of the protocol in force, built in (builtInVocabulary) or its own (vocabulary.enquiryCategories); either case */
  category?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** For a concern the protocol routes several ways: the chain chosen, by its id (escalationRoute lists the choices) */
  chainId?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** How confidential it is; PUBLIC by default */
  classification?: InputMaybe<Classification>;
  /** For a concern: a concern kind of the protocol in force, built in (builtInVocabulary) or its own (vocabulary.concernKinds); either case */
  concern?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** The council's id (clerks and monitoring officers there; FORBIDDEN otherwise) */
  councilId: Scalars['ID']['input'];
  /** What it is about, in more detail */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Linked documents, by reference */
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ENQUIRY or CONCERN */
  kind: CaseKind;
  /** Their e-mail address */
  raisedByEmail?: InputMaybe<Scalars['String']['input']>;
  /** The name of whoever raised it */
  raisedByName: Scalars['String']['input'];
  /** A role key, built in or one of the protocol in force; either case */
  raisedByRole: Scalars['VocabularyKey']['input'];
  /** When it was received; now when omitted */
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How serious a concern is; ANY by default */
  severity?: InputMaybe<Severity>;
  /** A short subject line (required) */
  subject: Scalars['String']['input'];
  /** Apply the protocol's urgent standard (false by default) */
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What must hold for a step to apply */
export const Precondition = {
  /** Only when whoever took the previous step considers the Code of Conduct breached */
  BREACH_OF_CODE_SUSPECTED: 'BREACH_OF_CODE_SUSPECTED',
  /** Everyone involved agrees (as mediation needs) */
  CONSENT_OF_ALL_PARTIES: 'CONSENT_OF_ALL_PARTIES',
  /** Only when the handler is not the person the concern is about */
  HANDLER_NOT_SUBJECT: 'HANDLER_NOT_SUBJECT',
  /** Only for minor matters */
  MINOR_ONLY: 'MINOR_ONLY',
  /** Only when the working relationship has broken down */
  RELATIONSHIP_BREAKDOWN: 'RELATIONSHIP_BREAKDOWN',
  /** Only for serious matters */
  SERIOUS_ONLY: 'SERIOUS_ONLY',
  /** Only when the previous step did not resolve it */
  UNRESOLVED_AT_PREVIOUS_STEP: 'UNRESOLVED_AT_PREVIOUS_STEP'
} as const;

export type Precondition = typeof Precondition[keyof typeof Precondition];
/** A council's member/officer protocol (or a model protocol a monitoring officer publishes) */
export type Protocol = {
  __typename?: 'Protocol';
  /** The version in force */
  adopted?: Maybe<ProtocolVersion>;
  /** The council whose protocol this is; null for a model published by a council above the caller's scope */
  council?: Maybe<Council>;
  /** The id of the council it belongs to */
  councilId: Scalars['ID']['output'];
  /** When it was created */
  createdAt: Scalars['DateTime']['output'];
  /** The draft under review, if any */
  draft?: Maybe<ProtocolVersion>;
  /** The protocol's id */
  id: Scalars['ID']['output'];
  /** A model protocol, for the councils below to start from */
  isModel: Scalars['Boolean']['output'];
  /** The model this protocol follows, when visible */
  model?: Maybe<Protocol>;
  /** The model this protocol follows */
  modelId?: Maybe<Scalars['ID']['output']>;
  /** Who holds each role at the council today */
  officeHolders: Array<OfficeHolder>;
  /** A published model is visible to the councils below its council */
  published: Scalars['Boolean']['output'];
  /** Its title, e.g. "Member/Officer Protocol" */
  title: Scalars['String']['output'];
  /** The title in Welsh */
  titleCy?: Maybe<Scalars['String']['output']>;
  /** Its version, for expectedVersion */
  version: Scalars['Int']['output'];
  /** Newest first */
  versions: Array<ProtocolVersion>;
};

/** A part of an adopted protocol amended without a new version ("Member Enquiries section updated on 2021-09-09") */
export type ProtocolAmendment = {
  __typename?: 'ProtocolAmendment';
  /** The clauses it changed */
  clauses: Array<Scalars['String']['output']>;
  /** The date it was made (YYYY-MM-DD) */
  on: Scalars['LocalDate']['output'];
  /** What it changed */
  scope: Scalars['String']['output'];
};

/** A clause (or unnumbered paragraph) of a protocol version, as written */
export type ProtocolClause = {
  __typename?: 'ProtocolClause';
  /** Its heading, if it has one */
  heading?: Maybe<Scalars['String']['output']>;
  /** Its heading in Welsh */
  headingCy?: Maybe<Scalars['String']['output']>;
  /** The clause's record id (for editing) */
  id: Scalars['ID']['output'];
  /** The stable id rules cite (the document's clause id); renumbering never changes it */
  key: Scalars['String']['output'];
  /** As written: "4.2", "8.63", "(a)", "•"; null for an unnumbered paragraph */
  number?: Maybe<Scalars['String']['output']>;
  /** Its place in the document, from 0 */
  position: Scalars['Int']['output'];
  /** The id of its section, if any */
  section?: Maybe<Scalars['String']['output']>;
  /** Its text */
  text: Scalars['String']['output'];
  /** The text in Welsh */
  textCy?: Maybe<Scalars['String']['output']>;
  /** Its version, for expectedVersion */
  version: Scalars['Int']['output'];
  /** The protocol version it belongs to */
  versionId: Scalars['ID']['output'];
};

/** What changed from one protocol version to another (e.g. the adopted version to the draft, or the model to a council's) */
export type ProtocolComparison = {
  __typename?: 'ProtocolComparison';
  /** The earlier version */
  base: ProtocolVersion;
  /** Clauses added, changed or removed */
  clauses: Array<ClauseChange>;
  /** The later version */
  other: ProtocolVersion;
  /** Rules added, changed or removed */
  rules: Array<RuleChange>;
};

/** What members can expect of officers, or officers of members */
export type ProtocolExpectation = {
  __typename?: 'ProtocolExpectation';
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** Who can expect it of whom */
  direction: ExpectationDirection;
  /** What can be expected */
  text: Scalars['String']['output'];
  /** What can be expected, in Welsh */
  textCy?: Maybe<Scalars['String']['output']>;
};

/** One upload of a council's protocol document: its parsing and what was found in it */
export type ProtocolImport = {
  __typename?: 'ProtocolImport';
  /** The clauses read from it */
  clauses: Array<ImportClause>;
  /** The council it was uploaded for */
  councilId: Scalars['ID']['output'];
  /** When it was uploaded */
  createdAt: Scalars['DateTime']['output'];
  /** The draft created from this import, once it has been */
  draftVersionId?: Maybe<Scalars['ID']['output']>;
  /** The uploaded file's name */
  filename: Scalars['String']['output'];
  /** The kind of file, sniffed from its bytes */
  format?: Maybe<ImportFormat>;
  /** The import's id */
  id: Scalars['ID']['output'];
  /** What went wrong and what to do, when it failed; notes (macros ignored) when not */
  message?: Maybe<Scalars['String']['output']>;
  /** Where the document (the suggestions accepted, else its confident ones) differs from the model published to the council; null when there is none */
  modelComparison?: Maybe<ModelComparison>;
  /** Pages, for a PDF */
  pages?: Maybe<Scalars['Int']['output']>;
  /** Why it could not be read, when FAILED */
  problem?: Maybe<ImportProblem>;
  /** 0 to 100 */
  progress: Scalars['Int']['output'];
  /** The sections read from it */
  sections: Array<ImportSection>;
  /** Bytes */
  size: Scalars['Int']['output'];
  /** Where it is: QUEUED, PARSING, READY or FAILED */
  status: ImportStatus;
  /** The rules it suggests, to accept or reject */
  suggestions: Array<ImportSuggestion>;
  /** The document's title as found */
  title?: Maybe<Scalars['String']['output']>;
  /** When it last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Its version, for expectedVersion */
  version: Scalars['Int']['output'];
};


/** One upload of a council's protocol document: its parsing and what was found in it */
export type ProtocolImportModelComparisonArgs = {
  accept?: InputMaybe<Array<Scalars['ID']['input']>>;
  edits?: InputMaybe<Scalars['JSON']['input']>;
};

/** A problem that stops a draft being adopted */
export type ProtocolProblem = {
  __typename?: 'ProtocolProblem';
  /** What is wrong, in the language of the request */
  message: Scalars['String']['output'];
  /** Where: "chains[2].steps[1].handler" */
  path: Scalars['String']['output'];
};

/** A standards committee's report: how protocols were kept over a period, per council, per year and in total */
export type ProtocolReport = {
  __typename?: 'ProtocolReport';
  /** One row per council reported on, by name */
  councils: Array<CouncilReport>;
  /** First day of the period (received on or after) */
  from: Scalars['LocalDate']['output'];
  /** Last day of the period (received on or before) */
  to: Scalars['LocalDate']['output'];
  /** Every council reported on, together */
  total: ReportFigures;
  /** One row per year, oldest first */
  years: Array<YearReport>;
};

/** A role the protocol names, with the council's own title */
export type ProtocolRole = {
  __typename?: 'ProtocolRole';
  /** The built-in role it is a kind of, so that reports can compare councils (its key, when that is built in) */
  builtIn?: Maybe<Scalars['String']['output']>;
  /** Clause numbers */
  clauses: Array<Scalars['String']['output']>;
  /** The council's own key (lower case), e.g. clerk, political_assistant */
  key: Scalars['String']['output'];
  /** Member, officer, body or external */
  kind: RoleKind;
  /** When the role belongs to another body */
  organisation?: Maybe<Scalars['String']['output']>;
  /** The organisation's name in Welsh, for an external role */
  organisationCy?: Maybe<Scalars['String']['output']>;
  /** True for a politically restricted post */
  politicallyRestricted: Scalars['Boolean']['output'];
  /** Whom the role reports to, where the protocol says (a Director to the Chief Executive) */
  reportsTo?: Maybe<Scalars['String']['output']>;
  /** The council's own title, e.g. "Town Clerk" */
  title: Scalars['String']['output'];
  /** The title in Welsh */
  titleCy?: Maybe<Scalars['String']['output']>;
};

/** A stored rule of a version, with what editing it needs (its key and version) */
export type ProtocolRuleEntry = {
  __typename?: 'ProtocolRuleEntry';
  /** The rule itself, in the shape of its section's type (ProtocolRole, EscalationChain…) */
  body: Scalars['JSON']['output'];
  /** Every clause the rule cites */
  clauses: Array<Scalars['String']['output']>;
  /** The rule's id, for editing and removing it */
  id: Scalars['ID']['output'];
  /** What identifies the rule across versions */
  key: Scalars['String']['output'];
  /** Its place in its section, from 0 */
  position: Scalars['Int']['output'];
  /** The section it is in */
  section: RuleSection;
  /** Send back as expectedVersion when changing or removing it */
  version: Scalars['Int']['output'];
};

/** A section of a protocol text, with its heading */
export type ProtocolSection = {
  __typename?: 'ProtocolSection';
  /** Its heading */
  heading: Scalars['String']['output'];
  /** Its heading in Welsh */
  headingCy?: Maybe<Scalars['String']['output']>;
  /** The id clauses name as their section */
  id: Scalars['String']['output'];
  /** Its number as written */
  number?: Maybe<Scalars['String']['output']>;
};

/** draft → adopted → superseded */
export const ProtocolStatus = {
  /** In force: the version the council's questions (deadlines, routes, access) are answered from; never changes */
  ADOPTED: 'ADOPTED',
  /** Being written: the only status whose clauses and rules can change */
  DRAFT: 'DRAFT',
  /** Was in force until a later version was adopted; kept as it was, for cases opened under it */
  SUPERSEDED: 'SUPERSEDED'
} as const;

export type ProtocolStatus = typeof ProtocolStatus[keyof typeof ProtocolStatus];
/** One version of a protocol: a draft, the adopted one, or a superseded one */
export type ProtocolVersion = {
  __typename?: 'ProtocolVersion';
  /** Who may see information of each classification */
  accessRules: Array<AccessRule>;
  /** When the adoption was recorded in Accord (whether or not the protocol states a date) */
  adoptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The adopting body, a role key of the protocol, e.g. full_council */
  adoptedBy?: Maybe<Scalars['String']['output']>;
  /** The adoption date the protocol states, as stated (YYYY, YYYY-MM or YYYY-MM-DD); null when it states none ("not stated") */
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** Whom to ask for advice, by topic */
  adviceRoutes: Array<AdviceRoute>;
  /** The body that approves amendments the review recommends (a role key of the protocol) */
  amendedBy?: Maybe<Scalars['String']['output']>;
  /** Parts amended since adoption without a new version */
  amendments: Array<ProtocolAmendment>;
  /** The version (or model version) this one started as a copy of */
  basedOnId?: Maybe<Scalars['ID']['output']>;
  /** The escalation chains for concerns */
  chains: Array<EscalationChain>;
  /** Its clauses, in order */
  clauses: Array<ProtocolClause>;
  /** Rules on correspondence */
  correspondenceRules: Array<CorrespondenceRule>;
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** When it was created */
  createdAt: Scalars['DateTime']['output'];
  /** When confidential information may be disclosed */
  disclosureExceptions: Array<DisclosureException>;
  /** The whole version as one document, format 2 (JSON Schema at /schema/protocol-document.v2.json) */
  document: Scalars['JSON']['output'];
  /** In force from, as stated (YYYY, YYYY-MM or YYYY-MM-DD) */
  effectiveFrom?: Maybe<Scalars['String']['output']>;
  /** What members and officers can expect of each other */
  expectations: Array<ProtocolExpectation>;
  /** The whole version as text in the document format (version 2), JSON or YAML; importProtocolDocument reads it back unchanged */
  exportDocument: Scalars['String']['output'];
  /** The format version of its content (2) */
  format: Scalars['Int']['output'];
  /** The version's id */
  id: Scalars['ID']['output'];
  /** When the text says it was last updated (YYYY, YYYY-MM or YYYY-MM-DD) */
  lastUpdated?: Maybe<Scalars['String']['output']>;
  /** The whole version as Markdown, clause numbers as written */
  markdown: Scalars['String']['output'];
  /** When it is next due for review (YYYY-MM-DD) */
  nextReviewDue?: Maybe<Scalars['LocalDate']['output']>;
  /** 1 for the first version, then 2, 3… */
  number: Scalars['Int']['output'];
  /** General duties, rights and restrictions, and disclosures someone must make */
  obligations: Array<Obligation>;
  /** What stops this version being adopted; empty when it is consistent */
  problems: Array<ProtocolProblem>;
  /** The protocol it is a version of */
  protocolId: Scalars['ID']['output'];
  /** The time limits for enquiries, by category */
  responseStandards: Array<ResponseStandard>;
  /** The clauses that set its review schedule */
  reviewClauses: Array<Scalars['String']['output']>;
  /** How often it is reviewed, in months */
  reviewEveryMonths?: Maybe<Scalars['Int']['output']>;
  /** What a review is to look at, when the protocol says */
  reviewFocus?: Maybe<Scalars['String']['output']>;
  /** Why no next review date is computed (a schedule with no full date to count from); null otherwise */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** A fixed review date, when the protocol gives one */
  reviewOn?: Maybe<Scalars['LocalDate']['output']>;
  /** The reviewing body (a role key of the protocol) */
  reviewingBody?: Maybe<Scalars['String']['output']>;
  /** The roles it names, with the council's titles */
  roles: Array<ProtocolRole>;
  /** The stored rules, with the keys and versions editing needs */
  rules: Array<ProtocolRuleEntry>;
  /** The sections of the text, with headings, in order */
  sections: Array<ProtocolSection>;
  /** DRAFT, ADOPTED or SUPERSEDED */
  status: ProtocolStatus;
  /** When it last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Its version, for expectedVersion (not the version number) */
  version: Scalars['Int']['output'];
  /** The protocol's own concern kinds and enquiry categories, beside the built-in ones */
  vocabulary: ProtocolVocabularyType;
};


/** One version of a protocol: a draft, the adopted one, or a superseded one */
export type ProtocolVersionExportDocumentArgs = {
  format?: DocumentTextFormat;
};


/** One version of a protocol: a draft, the adopted one, or a superseded one */
export type ProtocolVersionRulesArgs = {
  section?: InputMaybe<RuleSection>;
};

/** The protocol's own concern kinds and enquiry categories (format 2), beside the built-in ones */
export type ProtocolVocabularyType = {
  __typename?: 'ProtocolVocabularyType';
  /** The protocol's own kinds of concern */
  concernKinds: Array<VocabularyEntry>;
  /** The protocol's own enquiry categories */
  enquiryCategories: Array<VocabularyEntry>;
};

/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type Query = {
  __typename?: 'Query';
  /** May this requester see information of this classification? With the ground and the clause */
  accessDecision: AccessDecisionResult;
  /** One API key of a council in your scope (never its secret) */
  apiKey: ApiKey;
  /** The API keys of the councils in your scope, newest first */
  apiKeys: ApiKeyList;
  /** A council's audit log, newest first (optionally for one record). Where you read public cases only, entries about other cases (or from when a case was not public) are left out */
  auditLog: AuditEntryList;
  /** The built-in role keys, concern kinds and enquiry categories (a protocol adds its own: its version's vocabulary and roles) */
  builtInVocabulary: BuiltInVocabulary;
  /** A council's calendar feeds (their URLs are shown only when made) */
  calendarFeeds: Array<CalendarFeed>;
  /** One case with its deadlines, route and timeline; NOT_FOUND outside your scope, or confidential and you may not see it */
  case: Case;
  /** Cases of the councils in scope, newest first (confidential ones only for their clerks and monitoring officers) */
  cases: CaseList;
  /** Clauses and rules added, changed or removed from one version to another */
  compareProtocolVersions: ProtocolComparison;
  /** One council in your scope; NOT_FOUND otherwise */
  council: Council;
  /** A council's closure days, between two dates if given */
  councilClosures: Array<CouncilClosure>;
  /** The councils in your scope, a page at a time */
  councils: CouncilList;
  /** Reviews due and overdue, cases past a deadline and cases with the monitoring officer, per council and in total, across the councils the caller manages */
  dashboard: Dashboard;
  /** Who handles a concern at a council, step by step, with the current office holders and the clauses */
  escalationRoute: EscalationRoute;
  /** Who is calling: the signed-in person and their memberships, or the API key */
  me: Me;
  /** Who has which role at the councils in your scope */
  memberships: MembershipList;
  /** Model protocols a council may start from: its own, and those published above it */
  modelProtocols: Array<Protocol>;
  /** Your effective role at each of these councils (at most 500) that is in your scope; councils outside it are left out. What the admin app asks when it decides which actions to show for the records on screen. */
  myRoles: Array<CouncilRole>;
  /** Your notifications (reminders of deadlines and reviews), newest first */
  notifications: NotificationList;
  /** Who holds which role at a council (today, unless current is false) */
  officeHolders: Array<OfficeHolder>;
  /** A dry run of onboardCouncils: each row of the CSV with the council it would make and its problems (each naming its column). Nothing is saved */
  previewOnboarding: OnboardingPreview;
  /** A council's own protocol */
  protocol: Protocol;
  /** An upload of a protocol document (POST /imports) and what was found in it */
  protocolImport: ProtocolImport;
  /** A council's imports, newest first (at most 100) */
  protocolImports: Array<ProtocolImport>;
  /** How protocols were kept over a period, for a standards committee: enquiries acknowledged and answered on time, escalations, concerns by kind, reviews; per council (with includeBelow, every council below it in your scope), per year and in total. Counted in SQL; another council's id is NOT_FOUND */
  protocolReport: ProtocolReport;
  /** One version of a protocol (draft, adopted or superseded) with its clauses and rules */
  protocolVersion: ProtocolVersion;
  /** When an enquiry must be acknowledged and answered, in working days of the council's calendar, with the clause */
  responseDeadlines: ResponseDeadlines;
  /** Protocol reviews of the councils in scope, soonest first */
  reviewTasks: ReviewTaskList;
  /** One person with a membership at a council in your scope; NOT_FOUND otherwise */
  user: User;
  /** People with a membership at a council in your scope */
  users: UserList;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryAccessDecisionArgs = {
  classification: Classification;
  councilId: Scalars['ID']['input'];
  language?: AnswerLanguage;
  requester: AccessRequesterInput;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryApiKeysArgs = {
  filter?: InputMaybe<ApiKeyFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryAuditLogArgs = {
  councilId: Scalars['ID']['input'];
  entityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryCalendarFeedsArgs = {
  councilId: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryCasesArgs = {
  filter?: InputMaybe<CaseFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<CaseSort>;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryCompareProtocolVersionsArgs = {
  baseId: Scalars['ID']['input'];
  otherId: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryCouncilArgs = {
  id: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryCouncilClosuresArgs = {
  councilId: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryCouncilsArgs = {
  filter?: InputMaybe<CouncilFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<CouncilSort>;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryDashboardArgs = {
  today?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryEscalationRouteArgs = {
  about?: InputMaybe<Scalars['VocabularyKey']['input']>;
  category?: InputMaybe<Scalars['VocabularyKey']['input']>;
  chainId?: InputMaybe<Scalars['VocabularyKey']['input']>;
  concern: Scalars['VocabularyKey']['input'];
  councilId: Scalars['ID']['input'];
  language?: AnswerLanguage;
  raisedBy?: InputMaybe<Scalars['VocabularyKey']['input']>;
  seeks?: InputMaybe<Scalars['String']['input']>;
  severity?: Severity;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryMembershipsArgs = {
  filter?: InputMaybe<MembershipFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryModelProtocolsArgs = {
  councilId: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryMyRolesArgs = {
  councilIds: Array<Scalars['ID']['input']>;
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryNotificationsArgs = {
  filter?: InputMaybe<NotificationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryOfficeHoldersArgs = {
  councilId: Scalars['ID']['input'];
  current?: Scalars['Boolean']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryPreviewOnboardingArgs = {
  csv: Scalars['String']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryProtocolArgs = {
  councilId: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryProtocolImportArgs = {
  id: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryProtocolImportsArgs = {
  councilId: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryProtocolReportArgs = {
  councilId: Scalars['ID']['input'];
  from: Scalars['LocalDate']['input'];
  includeBelow?: Scalars['Boolean']['input'];
  to: Scalars['LocalDate']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryProtocolVersionArgs = {
  id: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryResponseDeadlinesArgs = {
  category: Scalars['EnquiryCategoryKey']['input'];
  councilId: Scalars['ID']['input'];
  language?: AnswerLanguage;
  receivedAt: Scalars['DateTime']['input'];
  urgent?: Scalars['Boolean']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryReviewTasksArgs = {
  filter?: InputMaybe<ReviewTaskFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** Reading: councils, protocols and the questions they answer (deadlines, escalation routes, access), cases and reviews. Signed in (Authorization: Bearer <token>) or with an API key (Authorization: ApiKey <key>); you see the councils in your scope only, and another council's ids are NOT_FOUND */
export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  sort?: InputMaybe<UserSort>;
};

/** How a receipt on a non-working day counts: ICO (the ICO's reading, the default: day 1 is the first working day after the date of receipt) or NEXT_WORKING_DAY (moved to the next working day, counted from the day after) */
export const ReceiptConvention = {
  /** The ICO's reading (the default): the date of receipt is day 0 even on a non-working day; day 1 is the first working day after it */
  ICO: 'ICO',
  /** A receipt on a non-working day is moved to the next working day, which is day 0 */
  NEXT_WORKING_DAY: 'NEXT_WORKING_DAY'
} as const;

export type ReceiptConvention = typeof ReceiptConvention[keyof typeof ReceiptConvention];
/** A reminder the worker sends on a day, once */
export type Reminder = {
  __typename?: 'Reminder';
  /** How many times sending was tried */
  attempts: Scalars['Int']['output'];
  /** The deadline it is about (YYYY-MM-DD) */
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  /** The reminder's id */
  id: Scalars['ID']['output'];
  /** What it is about: ACKNOWLEDGE_SOON, RESPOND_MISSED and the like */
  kind: Scalars['String']['output'];
  /** Why the last try failed, if it did */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When it is (or was) due to be sent */
  sendAt: Scalars['DateTime']['output'];
  /** When it was sent; null until then */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** pending, sent, failed or cancelled (cancelled when the case moved on first) */
  status: Scalars['String']['output'];
  /** The step of the route it concerns, for a step reminder */
  stepIndex?: Maybe<Scalars['Int']['output']>;
  /** Whom it goes to (role keys, lower case; the council's office holders of those roles) */
  toRoles: Array<Scalars['VocabularyKey']['output']>;
};

/** How a protocol was kept over a period, for one council, one year or in total */
export type ReportFigures = {
  __typename?: 'ReportFigures';
  /** Of those, acknowledged (or answered) so far */
  acknowledged: Scalars['Int']['output'];
  /** Of those, acknowledged by their acknowledgement date */
  acknowledgedOnTime: Scalars['Int']['output'];
  /** Enquiries answered (responded or resolved) so far */
  answered: Scalars['Int']['output'];
  /** Of those, answered by their response date */
  answeredOnTime: Scalars['Int']['output'];
  /** The share of answered enquiries answered on time, 0 to 1; null when none was answered */
  answeredOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Concerns received in the period */
  concerns: Scalars['Int']['output'];
  /** Concerns by kind, most first */
  concernsByKind: Array<ConcernCount>;
  /** Enquiries received in the period */
  enquiries: Scalars['Int']['output'];
  /** Cases received in the period that were escalated at least once */
  escalations: Scalars['Int']['output'];
  /** The median of working days from receipt to acknowledgement (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the acknowledgement); null when none was acknowledged */
  medianDaysToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** The median of working days from receipt to answer (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the answer); null when none was answered */
  medianDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Protocol reviews due in the period */
  reviewsDue: Scalars['Int']['output'];
  /** Of those, completed by their due date */
  reviewsOnTime: Scalars['Int']['output'];
};

/** When an enquiry must be acknowledged and answered, under the protocol in force */
export type ResponseDeadlines = {
  __typename?: 'ResponseDeadlines';
  /** The instant acknowledgement is due, for a standard counted in hours */
  acknowledgeAt?: Maybe<Scalars['DateTime']['output']>;
  /** The date an acknowledgement is due (YYYY-MM-DD); null when the standard asks none */
  acknowledgeBy?: Maybe<Scalars['LocalDate']['output']>;
  /** The working-day calendar used, e.g. "England and Wales bank holidays, weekends, cut-off 16:00" */
  calendar: Scalars['String']['output'];
  /** The clauses the standard comes from, with their text */
  clauses: Array<ProtocolClause>;
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** Day 0 in words, in the language asked for: "Received Saturday 7 March 2026; counted from that day (day 0)." */
  countedFrom: Scalars['String']['output'];
  /** How the dates were counted, e.g. "working days; day 1 is the first working day after the date of receipt, which need not be a working day (ICO reading)" */
  counting: Scalars['String']['output'];
  /** The cut-off applied ('HH:MM', the standard's or else the council's); null when none */
  cutOff?: Maybe<Scalars['String']['output']>;
  /** Whom to escalate to when late, in order */
  escalateTo: Array<ProtocolRole>;
  /** Who receives the enquiry first, as a handler expression (the standard's handledBy, or { role: handler }) */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  /** The adopted version that was asked */
  protocolVersion: ProtocolVersion;
  /** How a receipt on a non-working day was counted */
  receiptOnNonWorkingDay: ReceiptConvention;
  /** When the enquiry was received, as asked */
  receivedAt: Scalars['DateTime']['output'];
  /** The instant the response is due, for a standard counted in hours */
  respondAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when the answer is due before a meeting rather than by a date */
  respondBeforeMeeting: Scalars['Boolean']['output'];
  /** null when the response is due before a meeting (see respondBeforeMeeting) */
  respondBy?: Maybe<Scalars['LocalDate']['output']>;
  /** The response standard applied */
  standard: ResponseStandard;
  /** Day 0: the date of receipt (the next working day when received after the cut-off). Under the ICO reading it may be a non-working day, day 1 being the first working day after it; under NEXT_WORKING_DAY a receipt on a non-working day is moved to the next working day */
  startDay: Scalars['LocalDate']['output'];
  /** What the numbers counted */
  unit: CountUnit;
  /** Whether the urgent standard was applied */
  urgent: Scalars['Boolean']['output'];
};

/** How fast an enquiry of a category must be acknowledged and answered, and how the days are counted */
export type ResponseStandard = {
  __typename?: 'ResponseStandard';
  /** In the unit of the standard (working days unless it says otherwise) */
  acknowledgeWithinDays?: Maybe<Scalars['Int']['output']>;
  /** Others who may receive such enquiries instead, and when */
  alternatives: Array<AlternativeHandler>;
  /** A built-in enquiry category, one of the protocol's own, or "*" for every category without a standard of its own */
  category: Scalars['String']['output'];
  /** The clauses it comes from */
  clauses: Array<Scalars['String']['output']>;
  /** 'HH:MM': a receipt at or after it counts from the next working day; null: the council's cut-off applies */
  cutOff?: Maybe<Scalars['String']['output']>;
  /** The standard in plain words */
  description: Scalars['String']['output'];
  /** The standard in Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Whom to escalate to when late, in order */
  escalateTo: Array<Scalars['String']['output']>;
  /** What is owed when more time is needed */
  extension?: Maybe<ExtensionRule>;
  /** Who receives the enquiry first, as a handler expression (version 2); wins over handler */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  /** Who receives the enquiry first (version 1); handledBy, when present, says it in full */
  handler?: Maybe<Scalars['String']['output']>;
  /** How a receipt on a non-working day counts (ICO when the protocol does not say) */
  receiptOnNonWorkingDay: ReceiptConvention;
  /** The response is due before the relevant meeting */
  respondBeforeMeeting: Scalars['Boolean']['output'];
  /** In the unit of the standard (working days unless it says otherwise) */
  respondWithinDays?: Maybe<Scalars['Int']['output']>;
  /** What the numbers count (WORKING_DAYS when the protocol does not say) */
  unit: CountUnit;
  /** What changes for an urgent enquiry, if the protocol says */
  urgent?: Maybe<UrgentHandling>;
};

/** How a review ended: the protocol reaffirmed, or a new version adopted */
export const ReviewOutcome = {
  /** A new version was adopted */
  NEW_VERSION: 'NEW_VERSION',
  /** The protocol was reaffirmed unchanged */
  REAFFIRMED: 'REAFFIRMED'
} as const;

export type ReviewOutcome = typeof ReviewOutcome[keyof typeof ReviewOutcome];
/** A draft's review schedule; every field is set as given (null clears it) */
export type ReviewScheduleInput = {
  /** The body that approves amendments the review recommends (a role key of the protocol) */
  amendedBy?: InputMaybe<Scalars['VocabularyKey']['input']>;
  /** Parts amended since adoption without a new version */
  amendments?: InputMaybe<Array<AmendmentInput>>;
  /** The clauses the schedule comes from */
  clauses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When the text says it was last updated: YYYY, YYYY-MM or YYYY-MM-DD (left as it is when omitted) */
  lastUpdated?: InputMaybe<Scalars['String']['input']>;
  /** Review every N months after adoption (or effect) */
  reviewEveryMonths?: InputMaybe<Scalars['Int']['input']>;
  /** A fixed review date, instead of a period */
  reviewOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The body that reviews it, a role key of the protocol (policy_committee) */
  reviewingBody?: InputMaybe<Scalars['VocabularyKey']['input']>;
};

/** Where a council stands with its protocol review: OVERDUE (past its date), DUE_SOON (within the notice period, 30 days by default), CURRENT, or NONE (no review date) */
export const ReviewStatus = {
  /** Reviewed, and not due soon */
  CURRENT: 'CURRENT',
  /** Due within the notice period (30 days by default) */
  DUE_SOON: 'DUE_SOON',
  /** No review date set */
  NONE: 'NONE',
  /** Past its review date */
  OVERDUE: 'OVERDUE'
} as const;

export type ReviewStatus = typeof ReviewStatus[keyof typeof ReviewStatus];
/** How many councils stand where with their review */
export type ReviewStatusCounts = {
  __typename?: 'ReviewStatusCounts';
  /** Councils reviewed and not due soon */
  current: Scalars['Int']['output'];
  /** Councils whose review is due soon */
  dueSoon: Scalars['Int']['output'];
  /** Councils with no review date */
  none: Scalars['Int']['output'];
  /** Councils past their review date */
  overdue: Scalars['Int']['output'];
};

/** A council's protocol review for one review date: one per council per cycle */
export type ReviewTask = {
  __typename?: 'ReviewTask';
  /** When it was done; null until then */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The council's id */
  councilId: Scalars['ID']['output'];
  /** When it was opened */
  createdAt: Scalars['DateTime']['output'];
  /** The review date (YYYY-MM-DD) */
  dueOn: Scalars['LocalDate']['output'];
  /** The review's id */
  id: Scalars['ID']['output'];
  /** How it ended, once done */
  outcome?: Maybe<ReviewOutcome>;
  /** The version under review */
  protocolVersionId?: Maybe<Scalars['ID']['output']>;
  /** OPEN, OVERDUE or COMPLETED */
  status: ReviewTaskStatus;
  /** Its version, for expectedVersion */
  version: Scalars['Int']['output'];
};

/** Narrows the list; every field given must match */
export type ReviewTaskFilter = {
  /** Only this council's reviews */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reviews with this status */
  status?: InputMaybe<Array<ReviewTaskStatus>>;
};

/** A page of review tasks, with how many matched in all */
export type ReviewTaskList = {
  __typename?: 'ReviewTaskList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<ReviewTask>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** A protocol review: open, past its date, or done */
export const ReviewTaskStatus = {
  /** Done: reaffirmed, or a new version adopted */
  COMPLETED: 'COMPLETED',
  /** Due, and not yet past its date */
  OPEN: 'OPEN',
  /** Past its date and not done */
  OVERDUE: 'OVERDUE'
} as const;

export type ReviewTaskStatus = typeof ReviewTaskStatus[keyof typeof ReviewTaskStatus];
/** The shared vocabulary of roles; each protocol gives its own titles */
export const RoleKey = {
  /** Cabinet member (Aelod o'r Cabinet) */
  CABINET_MEMBER: 'CABINET_MEMBER',
  /** Case officer (Swyddog achos) */
  CASE_OFFICER: 'CASE_OFFICER',
  /** Chair (Cadeirydd) */
  CHAIRMAN: 'CHAIRMAN',
  /** Chief Executive (Prif Weithredwr) */
  CHIEF_EXECUTIVE: 'CHIEF_EXECUTIVE',
  /** Clerk (Clerc) */
  CLERK: 'CLERK',
  /** Committee (Pwyllgor) */
  COMMITTEE: 'COMMITTEE',
  /** Committee chair (Cadeirydd pwyllgor) */
  COMMITTEE_CHAIR: 'COMMITTEE_CHAIR',
  /** Communications officer (Swyddog cyfathrebu) */
  COMMUNICATIONS_OFFICER: 'COMMUNICATIONS_OFFICER',
  /** Corporate Management Team (Tîm Rheoli Corfforaethol) */
  CORPORATE_MANAGEMENT_TEAM: 'CORPORATE_MANAGEMENT_TEAM',
  /** County association of local councils (Cymdeithas sirol y cynghorau lleol) */
  COUNTY_ASSOCIATION: 'COUNTY_ASSOCIATION',
  /** Co-opted member (Aelod cyfetholedig) */
  CO_OPTED_MEMBER: 'CO_OPTED_MEMBER',
  /** Democratic Services (Gwasanaethau Democrataidd) */
  DEMOCRATIC_SERVICES: 'DEMOCRATIC_SERVICES',
  /** Democratic Services Manager (Rheolwr Gwasanaethau Democrataidd) */
  DEMOCRATIC_SERVICES_MANAGER: 'DEMOCRATIC_SERVICES_MANAGER',
  /** Deputy Chief Executive (Dirprwy Brif Weithredwr) */
  DEPUTY_CHIEF_EXECUTIVE: 'DEPUTY_CHIEF_EXECUTIVE',
  /** Deputy Clerk (Dirprwy Glerc) */
  DEPUTY_CLERK: 'DEPUTY_CLERK',
  /** Deputy Leader (Dirprwy Arweinydd) */
  DEPUTY_LEADER: 'DEPUTY_LEADER',
  /** Deputy Mayor (Dirprwy Faer) */
  DEPUTY_MAYOR: 'DEPUTY_MAYOR',
  /** Director (Cyfarwyddwr) */
  DIRECTOR: 'DIRECTOR',
  /** Executive (Y Weithrediaeth) */
  EXECUTIVE: 'EXECUTIVE',
  /** Full Council (Y Cyngor llawn) */
  FULL_COUNCIL: 'FULL_COUNCIL',
  /** Group leader (Arweinydd grŵp) */
  GROUP_LEADER: 'GROUP_LEADER',
  /** Head of Service (Pennaeth Gwasanaeth) */
  HEAD_OF_SERVICE: 'HEAD_OF_SERVICE',
  /** HR officer (Swyddog adnoddau dynol) */
  HR_OFFICER: 'HR_OFFICER',
  /** Independent mediator (Cyfryngwr annibynnol) */
  INDEPENDENT_MEDIATOR: 'INDEPENDENT_MEDIATOR',
  /** Leader of the Council (Arweinydd y Cyngor) */
  LEADER: 'LEADER',
  /** Line manager (Rheolwr llinell) */
  LINE_MANAGER: 'LINE_MANAGER',
  /** Mayor (Maer) */
  MAYOR: 'MAYOR',
  /** Member (Aelod) */
  MEMBER: 'MEMBER',
  /** Monitoring Officer (Swyddog Monitro) */
  MONITORING_OFFICER: 'MONITORING_OFFICER',
  /** National Association of Local Councils (Cymdeithas Genedlaethol y Cynghorau Lleol (NALC)) */
  NALC: 'NALC',
  /** Officer (Swyddog) */
  OFFICER: 'OFFICER',
  /** Ombudsman (Ombwdsmon Gwasanaethau Cyhoeddus Cymru) */
  OMBUDSMAN: 'OMBUDSMAN',
  /** Overview and Scrutiny Committee (Pwyllgor Trosolwg a Chraffu) */
  OVERVIEW_SCRUTINY_COMMITTEE: 'OVERVIEW_SCRUTINY_COMMITTEE',
  /** Political group (Grŵp gwleidyddol) */
  PARTY_GROUP: 'PARTY_GROUP',
  /** Personnel committee (Pwyllgor personél) */
  PERSONNEL_COMMITTEE: 'PERSONNEL_COMMITTEE',
  /** Planning manager (Rheolwr cynllunio) */
  PLANNING_MANAGER: 'PLANNING_MANAGER',
  /** Police (Yr Heddlu) */
  POLICE: 'POLICE',
  /** Policy committee (Pwyllgor polisi) */
  POLICY_COMMITTEE: 'POLICY_COMMITTEE',
  /** Principal council's Monitoring Officer (Swyddog Monitro'r prif gyngor) */
  PRINCIPAL_COUNCIL_MONITORING_OFFICER: 'PRINCIPAL_COUNCIL_MONITORING_OFFICER',
  /** Principal council's Standards Committee (Pwyllgor Safonau'r prif gyngor) */
  PRINCIPAL_COUNCIL_STANDARDS_COMMITTEE: 'PRINCIPAL_COUNCIL_STANDARDS_COMMITTEE',
  /** Section 151 Officer (Swyddog Adran 151) */
  SECTION_151_OFFICER: 'SECTION_151_OFFICER',
  /** Service manager (Rheolwr gwasanaeth) */
  SERVICE_MANAGER: 'SERVICE_MANAGER',
  /** Society of Local Council Clerks (Cymdeithas Clercod Cynghorau Lleol (SLCC)) */
  SLCC: 'SLCC',
  /** Standards Committee (Pwyllgor Safonau) */
  STANDARDS_COMMITTEE: 'STANDARDS_COMMITTEE',
  /** Team leader (Arweinydd tîm) */
  TEAM_LEADER: 'TEAM_LEADER',
  /** Vice-chair (Is-gadeirydd) */
  VICE_CHAIRMAN: 'VICE_CHAIRMAN',
  /** Ward member (Aelod ward) */
  WARD_MEMBER: 'WARD_MEMBER'
} as const;

export type RoleKey = typeof RoleKey[keyof typeof RoleKey];
/** Member, officer, body (a committee, full council) or external (the Ombudsman) */
export const RoleKind = {
  /** A body of the council: full council, a committee, a political group */
  BODY: 'BODY',
  /** Outside the council: the Ombudsman, the police, a mediator */
  EXTERNAL: 'EXTERNAL',
  /** An elected or co-opted member, or a member holding an office (the Chair, the Leader) */
  MEMBER: 'MEMBER',
  /** An employee of the council (the Clerk, the Monitoring Officer) */
  OFFICER: 'OFFICER'
} as const;

export type RoleKind = typeof RoleKind[keyof typeof RoleKind];
/** A chain the caller may choose, where the question does not say which applies */
export type RouteChoice = {
  __typename?: 'RouteChoice';
  /** One chain that may apply; ask again with escalationRoute(chainId: its id) */
  chain: EscalationChain;
  /** The chain's id: ask again with chainId */
  chainId?: Maybe<Scalars['String']['output']>;
  /** When it applies, in the language asked for */
  description: Scalars['String']['output'];
  /** When it applies, in plain words */
  when?: Maybe<ChainCondition>;
};

/** A named procedure that handles a step ("the council's official complaints procedure") */
export type RouteProcedure = {
  __typename?: 'RouteProcedure';
  /** In the language asked for */
  name: Scalars['String']['output'];
  /** Where the procedure is published, if known */
  url?: Maybe<Scalars['String']['output']>;
};

/** Why a step of the chain does not apply to this concern */
export const RouteSkip = {
  /** The step's handler is the person the concern is about */
  HANDLER_IS_SUBJECT: 'HANDLER_IS_SUBJECT',
  /** The step is for minor matters only */
  MINOR_ONLY: 'MINOR_ONLY',
  /** The step is for serious matters only */
  SERIOUS_ONLY: 'SERIOUS_ONLY',
  /** A serious matter starts at a later step */
  SERIOUS_STARTS_LATER: 'SERIOUS_STARTS_LATER'
} as const;

export type RouteSkip = typeof RouteSkip[keyof typeof RouteSkip];
/** One step of an escalation route, with who holds the handling role now */
export type RouteStep = {
  __typename?: 'RouteStep';
  /** What happens at the step */
  action: StepAction;
  /** The clauses this step comes from */
  clauses: Array<ProtocolClause>;
  /** Roles the handler discusses the matter with or takes advice from; never the subject */
  consult: Array<ProtocolRole>;
  /** The step in plain words, in the language asked for */
  description: Scalars['String']['output'];
  /** Everyone who may or must take the step, without the subject: { role, orNominee? } | { procedure } | { anyOf } | { allOf }; null when skipped */
  handledBy?: Maybe<Scalars['JSON']['output']>;
  /** Who takes this step for this concern (the first role of handledBy); null when skipped or for a procedure alone */
  handler?: Maybe<Scalars['String']['output']>;
  /** The handler as the protocol names it (the council's own title) */
  handlerRole?: Maybe<ProtocolRole>;
  /** Every role handledBy names (alternatives and joint handlers), never the subject */
  handlerRoles: Array<ProtocolRole>;
  /** handledBy in words, in the language asked for: "the Director or the Head of Service, or a person they nominate" */
  handlerText?: Maybe<Scalars['String']['output']>;
  /** Position in the chain, from 0 */
  index: Scalars['Int']['output'];
  /** Roles that decide jointly with the handler */
  jointWith: Array<ProtocolRole>;
  /** Roles that may be told (at the handler's discretion, or when they exist); never the subject */
  mayNotify: Array<ProtocolRole>;
  /** What the route changed at this step and why, e.g. "The Chief Executive is not told: the concern is about them." */
  notes: Array<Scalars['String']['output']>;
  /** Roles to tell at this step (never the subject of the concern: see withheld) */
  notify: Array<ProtocolRole>;
  /** Who holds the handling role today */
  officeHolders: Array<OfficeHolder>;
  /** What must hold for it to apply */
  preconditions: Array<Precondition>;
  /** Every procedure handledBy names */
  procedures: Array<RouteProcedure>;
  /** Why it does not apply to this concern; null when it does */
  skipped?: Maybe<RouteSkip>;
  /** Taken with the person concerned first, even when the concern is about the handler */
  withSubjectFirst: Scalars['Boolean']['output'];
  /** The subject of the concern, where the step names them to be told or consulted and the route leaves them out */
  withheld: Array<ProtocolRole>;
  /** Working days allowed at the step, if the protocol sets a limit */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** Something about a route the person following it should know */
export type RouteWarning = {
  __typename?: 'RouteWarning';
  /** The step's handler */
  handler?: Maybe<ProtocolRole>;
  /** What it warns of */
  kind: RouteWarningKind;
  /** E.g. "Step 2: The Director reports to the Chief Executive, whom the concern is about." */
  message: Scalars['String']['output'];
  /** The step it is about, from 0 */
  step: Scalars['Int']['output'];
  /** Whom the concern is about */
  subject?: Maybe<ProtocolRole>;
};

/** What a route warns of */
export const RouteWarningKind = {
  /** A step's handler reports to the person the concern is about */
  HANDLER_REPORTS_TO_SUBJECT: 'HANDLER_REPORTS_TO_SUBJECT'
} as const;

export type RouteWarningKind = typeof RouteWarningKind[keyof typeof RouteWarningKind];
/** A rule added, changed or removed; before and after are the rule as JSON */
export type RuleChange = {
  __typename?: 'RuleChange';
  /** The rule in the later version; null when removed */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The rule in the earlier version; null when added */
  before?: Maybe<Scalars['JSON']['output']>;
  /** ADDED, CHANGED or REMOVED */
  change: ChangeKind;
  /** What identifies the rule across versions: a role key, a concern/severity, a category… */
  key: Scalars['String']['output'];
  /** role, expectation, chain, response_standard, access_rule, disclosure_exception, correspondence_rule, obligation, advice_route */
  section: Scalars['String']['output'];
};

/** The sections of a protocol that hold rules */
export const RuleSection = {
  /** Who may see information of each classification */
  ACCESS_RULE: 'ACCESS_RULE',
  /** Where to go for advice on a topic */
  ADVICE_ROUTE: 'ADVICE_ROUTE',
  /** Escalation chains for concerns */
  CHAIN: 'CHAIN',
  /** Rules on correspondence */
  CORRESPONDENCE_RULE: 'CORRESPONDENCE_RULE',
  /** When confidential information may be disclosed */
  DISCLOSURE_EXCEPTION: 'DISCLOSURE_EXCEPTION',
  /** What members and officers can expect of each other */
  EXPECTATION: 'EXPECTATION',
  /** Duties, rights and restrictions */
  OBLIGATION: 'OBLIGATION',
  /** Response standards for enquiries (time limits) */
  RESPONSE_STANDARD: 'RESPONSE_STANDARD',
  /** Roles and their titles */
  ROLE: 'ROLE'
} as const;

export type RuleSection = typeof RuleSection[keyof typeof RuleSection];
/** How serious a concern is; ANY when the protocol does not distinguish */
export const Severity = {
  /** Either, or not distinguished */
  ANY: 'ANY',
  /** A minor matter: the informal steps */
  MINOR: 'MINOR',
  /** A serious matter: may start at a later, formal step */
  SERIOUS: 'SERIOUS'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
/** Ascending or descending */
export const SortDirection = {
  /** A to Z, smallest or earliest first */
  ASC: 'ASC',
  /** Z to A, largest or latest first */
  DESC: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** What happens at a step of an escalation chain */
export const StepAction = {
  /** The handler gives advice */
  ADVICE: 'ADVICE',
  /** The handler decides */
  DECISION: 'DECISION',
  /** The council's disciplinary procedure */
  DISCIPLINARY_PROCEDURE: 'DISCIPLINARY_PROCEDURE',
  /** A formal complaint, e.g. under the Code of Conduct */
  FORMAL_COMPLAINT: 'FORMAL_COMPLAINT',
  /** The council's grievance procedure (for an officer) */
  GRIEVANCE_PROCEDURE: 'GRIEVANCE_PROCEDURE',
  /** The people concerned talk it through informally */
  INFORMAL_DISCUSSION: 'INFORMAL_DISCUSSION',
  /** The handler investigates and reports */
  INVESTIGATE_AND_REPORT: 'INVESTIGATE_AND_REPORT',
  /** Mediation between the people concerned */
  MEDIATION: 'MEDIATION',
  /** The concern is raised with the handler */
  RAISE_CONCERN: 'RAISE_CONCERN',
  /** Referral to another body, e.g. the Ombudsman */
  REFERRAL: 'REFERRAL'
} as const;

export type StepAction = typeof StepAction[keyof typeof StepAction];
/** What an import suggestion proposes */
export const SuggestionKind = {
  /** Who may see which information */
  ACCESS: 'ACCESS',
  /** When the protocol was adopted */
  ADOPTION: 'ADOPTION',
  /** A rule on copying correspondence */
  CORRESPONDENCE: 'CORRESPONDENCE',
  /** A step of an escalation chain */
  ESCALATION: 'ESCALATION',
  /** When the text was last updated */
  LAST_UPDATED: 'LAST_UPDATED',
  /** How often the protocol is reviewed */
  REVIEW: 'REVIEW',
  /** A role the text names, with its title */
  ROLE: 'ROLE',
  /** A time limit, e.g. respond within 10 working days */
  TIME_LIMIT: 'TIME_LIMIT'
} as const;

export type SuggestionKind = typeof SuggestionKind[keyof typeof SuggestionKind];
/** What may change on a case after it is opened (not what fixed its deadlines); omitted fields are left as they are */
export type UpdateCaseInput = {
  /** The person it is about */
  aboutPerson?: InputMaybe<Scalars['String']['input']>;
  /** How confidential it is */
  classification?: InputMaybe<Classification>;
  /** What it is about */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Linked documents, by reference (replaces the list) */
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Their e-mail address */
  raisedByEmail?: InputMaybe<Scalars['String']['input']>;
  /** The name of whoever raised it */
  raisedByName?: InputMaybe<Scalars['String']['input']>;
  /** The subject line */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields are left as they are; null clears (number null: an unnumbered paragraph). The clause keeps its id */
export type UpdateClauseInput = {
  /** Its heading */
  heading?: InputMaybe<Scalars['String']['input']>;
  /** Its heading in Welsh */
  headingCy?: InputMaybe<Scalars['String']['input']>;
  /** As written ("8.63", "(a)"); unique within its section */
  number?: InputMaybe<Scalars['String']['input']>;
  /** The id of one of the draft's sections */
  section?: InputMaybe<Scalars['String']['input']>;
  /** Its text (not blank) */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Its text in Welsh */
  textCy?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields are left as they are */
export type UpdateCouncilInput = {
  /** Its kind */
  kind?: InputMaybe<CouncilKind>;
  /** Its name */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Its nation */
  nation?: InputMaybe<Nation>;
  /** When its protocol is next due for review (YYYY-MM-DD) */
  nextReviewDue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** null makes a top-level council (platform admins only) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Publish the adopted protocol on a public page (/public/<slug>), or stop publishing it */
  publishProtocol?: InputMaybe<Scalars['Boolean']['input']>;
  /** HH:MM local time; null for none */
  responseCutOff?: InputMaybe<Scalars['String']['input']>;
  /** Its slug (unique; CONFLICT if taken) */
  slug?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields are left as they are */
export type UpdateUserInput = {
  /** Your current password, needed to change your own */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  /** Their name as shown */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The language of the app and e-mails for them */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** A new password. Your own: give currentPassword too. Someone else's: a monitoring officer for all their councils, or a platform admin */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** What changes for an urgent enquiry */
export type UrgentHandling = {
  __typename?: 'UrgentHandling';
  /** Days (in its unit, else the standard's) to acknowledge an urgent enquiry */
  acknowledgeWithinDays?: Maybe<Scalars['Int']['output']>;
  /** In plain words */
  description: Scalars['String']['output'];
  /** In Welsh */
  descriptionCy?: Maybe<Scalars['String']['output']>;
  /** Days (in its unit, else the standard's) to answer an urgent enquiry */
  respondWithinDays?: Maybe<Scalars['Int']['output']>;
  /** What the urgent numbers count, when not the standard's unit */
  unit?: Maybe<CountUnit>;
};

/** A person who signs in: a clerk, a monitoring officer, a viewer or a platform admin */
export type User = {
  __typename?: 'User';
  /** When the account was created */
  createdAt: Scalars['DateTime']['output'];
  /** Their name as shown */
  displayName: Scalars['String']['output'];
  /** Their e-mail address, used to sign in */
  email: Scalars['String']['output'];
  /** The person's id */
  id: Scalars['ID']['output'];
  /** When the pending invitation to set a password expires; null when none is pending */
  inviteExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person's language: en or cy (Cymraeg) */
  locale: Scalars['String']['output'];
  /** Memberships at councils in your scope */
  memberships: Array<Membership>;
  /** True for a platform admin */
  platformAdmin: Scalars['Boolean']['output'];
  /** Its version, for expectedVersion */
  version: Scalars['Int']['output'];
};

/** Narrows the list; every field given must match */
export type UserFilter = {
  /** Only members of this council */
  councilId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these people */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only people with this role (at the council filtered on, when there is one) */
  role?: InputMaybe<MembershipRole>;
  /** Matches e-mail or display name */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A page of people, with how many matched in all */
export type UserList = {
  __typename?: 'UserList';
  /** This page: at most `limit` items, after skipping `offset` */
  items: Array<User>;
  /** Everything that matched, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** The order of a list: a field and a direction */
export type UserSort = {
  /** ASC (A to Z, earliest first) or DESC */
  direction?: SortDirection;
  /** What to sort by */
  field?: UserSortField;
};

/** What a list of people can be sorted by */
export const UserSortField = {
  /** When the account was created */
  CREATED_AT: 'CREATED_AT',
  /** Name */
  DISPLAY_NAME: 'DISPLAY_NAME',
  /** E-mail address (the default) */
  EMAIL: 'EMAIL'
} as const;

export type UserSortField = typeof UserSortField[keyof typeof UserSortField];
/** A word of the protocol's own vocabulary: a concern kind or an enquiry category beside the built-in ones */
export type VocabularyEntry = {
  __typename?: 'VocabularyEntry';
  /** Lower case: letters, digits and _ */
  key: Scalars['String']['output'];
  /** Its title in English */
  title: Scalars['String']['output'];
  /** Its title in Welsh */
  titleCy?: Maybe<Scalars['String']['output']>;
};

/** One calendar year's figures (the part of it inside the period) */
export type YearReport = {
  __typename?: 'YearReport';
  /** Of those, acknowledged (or answered) so far */
  acknowledged: Scalars['Int']['output'];
  /** Of those, acknowledged by their acknowledgement date */
  acknowledgedOnTime: Scalars['Int']['output'];
  /** Enquiries answered (responded or resolved) so far */
  answered: Scalars['Int']['output'];
  /** Of those, answered by their response date */
  answeredOnTime: Scalars['Int']['output'];
  /** The share of answered enquiries answered on time, 0 to 1; null when none was answered */
  answeredOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Concerns received in the period */
  concerns: Scalars['Int']['output'];
  /** Concerns by kind, most first */
  concernsByKind: Array<ConcernCount>;
  /** Enquiries received in the period */
  enquiries: Scalars['Int']['output'];
  /** Cases received in the period that were escalated at least once */
  escalations: Scalars['Int']['output'];
  /** The median of working days from receipt to acknowledgement (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the acknowledgement); null when none was acknowledged */
  medianDaysToAcknowledge?: Maybe<Scalars['Float']['output']>;
  /** The median of working days from receipt to answer (the council's calendar: its nation's bank holidays and its closure days; working days after the London date of receipt up to and including that of the answer); null when none was answered */
  medianDaysToAnswer?: Maybe<Scalars['Float']['output']>;
  /** Protocol reviews due in the period */
  reviewsDue: Scalars['Int']['output'];
  /** Of those, completed by their due date */
  reviewsOnTime: Scalars['Int']['output'];
  /** The year */
  year: Scalars['Int']['output'];
};
