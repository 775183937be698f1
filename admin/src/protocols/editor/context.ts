import { createContext, useContext } from 'react';
import type { Clause, OfficeHolder, ProtocolRecord, ProtocolVersion, RuleEntry, Section } from '../types';

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
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('useEditor outside the protocol editor');
  return ctx;
}
