/** The protocol editor's records, as the data provider returns them (rule bodies in the format of api/src/domain/protocol.ts). */
import type { ChangeKind, ProtocolStatus, RuleSection } from '../generated/graphql';

export type Section = RuleSection;

export interface Clause {
  id: string;
  versionId: string;
  /** The stable id rules cite (what "after" names). */
  key: string;
  /** As written; null for an unnumbered paragraph. */
  number: string | null;
  heading: string | null;
  headingCy?: string | null;
  text: string;
  textCy?: string | null;
  version: number;
  position: number;
}

export interface RuleEntry {
  id: string;
  versionId: string;
  section: Section;
  key: string;
  body: Record<string, any>;
  clauses: string[];
  version: number;
  position: number;
}

export interface Problem {
  path: string;
  message: string;
}

export interface ProtocolVersion {
  id: string;
  number: number;
  status: ProtocolStatus;
  version: number;
  adoptedOn: string | null;
  adoptedBy: string | null;
  effectiveFrom: string | null;
  nextReviewDue: string | null;
  reviewEveryMonths: number | null;
  reviewOn: string | null;
  reviewingBody: string | null;
  amendedBy: string | null;
  amendments: { on: string; scope: string; clauses: string[] }[];
  reviewClauses: string[];
  updatedAt: string;
  clauses: Clause[];
  rules: RuleEntry[];
  problems: Problem[];
  /** The protocol's own concern kinds and enquiry categories, beside the built-in ones. */
  vocabulary?: { concernKinds: VocabularyEntry[]; enquiryCategories: VocabularyEntry[] };
}

export interface VocabularyEntry {
  key: string;
  title: string;
  titleCy?: string | null;
}

export interface OfficeHolder {
  id: string;
  councilId: string;
  /** Upper case, as the API's RoleKey enum: CLERK */
  roleKey: string;
  name: string;
  email: string | null;
  phone: string | null;
  deputy: boolean;
  fromDate: string | null;
  toDate: string | null;
  version: number;
}

/** getOne('protocols', { id: councilId }): a council's protocol with everything the editor shows. */
export interface ProtocolRecord {
  /** The council's id (one protocol per council). */
  id: string;
  council: { id: string; name: string; nation: string };
  holders: OfficeHolder[];
  protocol: null | {
    id: string;
    title: string;
    titleCy?: string | null;
    version: number;
    modelId: string | null;
    model: null | { id: string; title: string; adopted: null | { id: string; number: number } };
    adopted: ProtocolVersion | null;
    draft: ProtocolVersion | null;
    versions: { id: string; number: number; status: string; adoptedOn: string | null }[];
  };
}

export interface ClauseChange {
  number: string;
  change: ChangeKind;
  headingBefore: string | null;
  headingAfter: string | null;
  textBefore: string | null;
  textAfter: string | null;
}

export interface Comparison {
  base: { id: string; number: number; status: string };
  other: { id: string; number: number; status: string };
  clauses: ClauseChange[];
  rules: { section: string; key: string; change: ChangeKind; before: any; after: any }[];
}

/** A model protocol a monitoring officer builds, adopts and publishes to the councils below. */
export interface ModelProtocol {
  id: string;
  councilId: string;
  title: string;
  version: number;
  published: boolean;
  adopted: null | { id: string; number: number; adoptedOn: string | null };
  /** Only for the model's own council (a published model shows the councils below its adopted version only). */
  draft: ProtocolVersion | null;
}
