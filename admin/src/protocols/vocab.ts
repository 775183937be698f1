/**
 * The protocol format's vocabularies (api/src/domain/protocol.ts), lower case as rule bodies store them:
 * from the GraphQL enums generated from schema.graphql, never copied.
 */
import {
  Classification,
  ConcernKind,
  CountUnit,
  CorrespondenceRuleKind,
  DisclosureExceptionKind,
  EnquiryCategory,
  ExtensionTerm,
  Precondition,
  ReceiptConvention,
  RoleKey,
  RoleKind,
  Severity,
  StepAction,
} from '../generated/graphql';
import { lowerValuesOf } from '../vocabularies';

export const ROLE_KEYS = lowerValuesOf(RoleKey);
export const ROLE_KINDS = lowerValuesOf(RoleKind);
export const CONCERN_KINDS = lowerValuesOf(ConcernKind);
export const SEVERITIES = lowerValuesOf(Severity);
export const STEP_ACTIONS = lowerValuesOf(StepAction);
export const PRECONDITIONS = lowerValuesOf(Precondition);
export const ENQUIRY_CATEGORIES = lowerValuesOf(EnquiryCategory);
export const CLASSIFICATIONS = lowerValuesOf(Classification);
export const CORRESPONDENCE_RULES = lowerValuesOf(CorrespondenceRuleKind);
export const DISCLOSURE_EXCEPTIONS = lowerValuesOf(DisclosureExceptionKind);
export const EXTENSION_TERMS = lowerValuesOf(ExtensionTerm);
export const COUNT_UNITS = lowerValuesOf(CountUnit);
export const RECEIPT_CONVENTIONS = lowerValuesOf(ReceiptConvention);

/** Select choices whose names are translation keys (react-admin translates choice names). */
export const vocabChoices = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `protocols.vocab.${group}.${id}` }));

/** A role key as words when the protocol gives it no title: "principal_council_monitoring_officer" → "Principal council monitoring officer". */
export const humanise = (key: string) => {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
