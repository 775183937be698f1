import { createContext, useContext } from 'react';
import type { Clause, OfficeHolder, ProtocolRecord, ProtocolVersion, RuleEntry, Section, VocabularyEntry } from '../types';
import { roleTitleFor } from '../../common/roleTitle';

export interface EditorState {
  record: ProtocolRecord;
  /** The version on screen: the draft, or the adopted version (read-only). */
  version: ProtocolVersion;
  /** The draft is on screen and the signed-in person may change it. */
  editable: boolean;
  /** May change the council's office holders. */
  canEditHolders: boolean;
  rules: (section: Section) => RuleEntry[];
  /** The protocol's roles as choices: id = role key (lower case), name = the council's own title. */
  roleChoices: { id: string; name: string }[];
  roleTitle: (key: string | undefined | null) => string;
  clauseChoices: { id: string; name: string }[];
  clause: (number: string) => Clause | undefined;
  holdersOf: (roleKey: string) => OfficeHolder[];
  /** Opens the clauses tab at a clause. */
  showClause: (number: string) => void;
  /** The protocol's own concern kinds and enquiry categories (beside the built-in ones). */
  ownConcernKinds: VocabularyEntry[];
  ownCategories: VocabularyEntry[];
  /** A concern kind or enquiry category in words: the protocol's own title (Welsh where given), else the built-in word. */
  concernTitle: (key: string, translate: (k: string, o?: any) => string) => string;
  categoryTitle: (key: string, translate: (k: string, o?: any) => string) => string;
  locale: string;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('useEditor outside the protocol editor');
  return ctx;
}

/** What the editor's tabs (and the adopt dialog) work from: one version of a protocol, its roles and clauses. */
export function buildEditorState(record: ProtocolRecord, version: ProtocolVersion, canEdit: boolean, showClause: (n: string) => void, locale = 'en'): EditorState {
  const roles = version.rules.filter((r) => r.section === 'ROLE');
  const titles = new Map(roles.map((r) => [r.body.key as string, r.body.title as string]));
  // Rules cite clause ids (key); the choices show the number as written.
  const clauses = new Map(version.clauses.map((c) => [c.key, c]));
  const ownConcernKinds = version.vocabulary?.concernKinds ?? [];
  const ownCategories = version.vocabulary?.enquiryCategories ?? [];
  const ownTitle = (list: VocabularyEntry[], key: string) => {
    const e = list.find((x) => x.key === key);
    return e ? (locale === 'cy' && e.titleCy ? e.titleCy : e.title) : undefined;
  };
  return {
    record,
    version,
    editable: canEdit && version.status === 'DRAFT',
    canEditHolders: canEdit,
    rules: (section: Section) => version.rules.filter((r) => r.section === section),
    roleChoices: roles.map((r) => ({ id: r.body.key, name: roleTitleFor(locale, r.body.key, r.body.title) })),
    roleTitle: (key) => roleTitleFor(locale, key, key ? titles.get(key) : undefined),
    clauseChoices: version.clauses.map((c) => ({ id: c.key, name: [c.number ?? c.key, c.heading].filter(Boolean).join(' ') })),
    clause: (n) => clauses.get(n),
    holdersOf: (key) => record.holders.filter((h) => h.roleKey.toLowerCase() === key),
    showClause,
    ownConcernKinds,
    ownCategories,
    concernTitle: (key, translate) => ownTitle(ownConcernKinds, key) ?? translate(`protocols.vocab.concern.${key}`, { _: key }),
    categoryTitle: (key, translate) =>
      key === '*' ? translate('protocols.vocabulary.every_category') : (ownTitle(ownCategories, key) ?? translate(`protocols.vocab.category.${key}`, { _: key })),
    locale,
  };
}
