import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { PROTOCOL_SECTIONS } from '../domain/vocabularies';
import { vocabulary } from './protocol.enums';

export const DOCUMENT_TEXT_FORMATS = ['json', 'yaml'] as const;
export const DocumentTextFormat = vocabulary(DOCUMENT_TEXT_FORMATS, 'DocumentTextFormat', 'JSON or YAML, for exporting a protocol document', {
  json: 'JSON',
  yaml: 'YAML',
});
export type DocumentTextFormat = (typeof DOCUMENT_TEXT_FORMATS)[number];

/** What reading and editing a draft answers: its problems and its stored rules. */

@ObjectType({ description: 'A problem that stops a draft being adopted' })
export class ProtocolProblem {
  @Field({ description: 'Where: "chains[2].steps[1].handler"' })
  path: string;

  @Field({ description: 'What is wrong, in the language of the request' })
  message: string;
}

export const RuleSection = vocabulary(PROTOCOL_SECTIONS, 'RuleSection', 'The sections of a protocol that hold rules', {
  role: 'Roles and their titles',
  expectation: 'What members and officers can expect of each other',
  chain: 'Escalation chains for concerns',
  response_standard: 'Response standards for enquiries (time limits)',
  access_rule: 'Who may see information of each classification',
  disclosure_exception: 'When confidential information may be disclosed',
  correspondence_rule: 'Rules on correspondence',
  obligation: 'Duties, rights and restrictions',
  advice_route: 'Where to go for advice on a topic',
});
export type RuleSection = (typeof PROTOCOL_SECTIONS)[number];

@ObjectType({ description: 'A stored rule of a version, with what editing it needs (its key and version)' })
export class ProtocolRuleEntry {
  @Field(() => ID, { description: "The rule's id, for editing and removing it" })
  id: string;

  @Field(() => RuleSection, { description: 'The section it is in' })
  section: RuleSection;

  @Field({ description: 'What identifies the rule across versions' })
  key: string;

  @Field(() => Int, { description: 'Its place in its section, from 0' })
  position: number;

  @Field(() => Int, { description: 'Send back as expectedVersion when changing or removing it' })
  version: number;

  @Field(() => [String], { description: 'Every clause the rule cites' })
  clauses: string[];

  @Field(() => GraphQLJSON, { description: 'The rule itself, in the shape of its section\'s type (ProtocolRole, EscalationChain…)' })
  body: unknown;
}
