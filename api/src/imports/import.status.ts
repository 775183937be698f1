/** The import record's vocabularies: GraphQL enums and the table's CHECK lists follow these arrays. */
export { IMPORT_FORMATS, IMPORT_INPUT_PROBLEMS, type ImportFormat, type ImportInputProblem } from './parse';
export { NUMBER_SCHEMES, type NumberScheme } from './structure';
export { SUGGESTION_KINDS, type SuggestionKind } from './extract';

import { IMPORT_STATUSES } from '../domain/vocabularies';

export { IMPORT_STATUSES };
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
