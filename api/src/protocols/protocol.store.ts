import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ProtocolDocument } from '../domain/protocol';
import { withClauseIds } from '../domain/clauses';
import { documentItems, nextReviewDue } from '../domain/protocol-items';
import { Protocol, ProtocolClause, ProtocolItem, ProtocolVersion } from './protocol.entities';
import { ProtocolStatus } from './protocol.enums';

/**
 * Writing and copying protocol content, below the services: callers have
 * already checked the caller's rights and run inside a transaction.
 */

/** SQL for the first day a stated date column covers ("2023" → 2023-01-01), as domain/dates.statedDateStart. */
export function statedDateStartSql(column: string): string {
  return `(CASE WHEN length(${column}) = 4 THEN ${column} || '-01-01' WHEN length(${column}) = 7 THEN ${column} || '-01' ELSE ${column} END)::date`;
}

/** The version row's share of a document: its dates, review schedule and sections. */
/**
 * A new draft's own fields when it starts as a copy of `source` (a version of this protocol or of a
 * model), or empty: what the protocol says carries over; what a council decides at adoption (dates,
 * the next review) starts unstated. A model's draft reviews yearly unless its source says otherwise.
 */
export function draftFrom(source: ProtocolVersion | null | undefined, reviewEveryMonths: number | null) {
  return {
    basedOnId: source?.id ?? null,
    adoptedOn: null,
    adoptedBy: null,
    effectiveFrom: null,
    reviewEveryMonths: source?.reviewEveryMonths ?? reviewEveryMonths,
    lastUpdated: source?.lastUpdated ?? null,
    format: 2,
    sections: source?.sections ?? [],
    reviewOn: null,
    reviewingBody: source?.reviewingBody ?? null,
    nextReviewDue: null,
    reviewClauses: source?.reviewClauses ?? [],
    reviewFocus: source?.reviewFocus ?? null,
    amendedBy: source?.amendedBy ?? null,
    amendments: [],
    vocabulary: source?.vocabulary ?? {},
  };
}

export function versionFields(doc: ProtocolDocument) {
  const review = doc.review;
  return {
    format: 2,
    sections: doc.sections ?? [],
    adoptedOn: review.adoptedOn ?? null,
    adoptedBy: review.adoptedBy ?? null,
    effectiveFrom: review.effectiveFrom ?? null,
    lastUpdated: review.lastUpdated ?? null,
    reviewEveryMonths: review.reviewEveryMonths ?? null,
    reviewOn: review.reviewOn ?? null,
    reviewingBody: review.reviewingBody ?? null,
    reviewClauses: review.clauses,
    reviewFocus: review.focus ?? null,
    amendedBy: review.amendedBy ?? null,
    amendments: review.amendments ?? [],
    // The protocol's own concern kinds and enquiry categories (format 2).
    vocabulary: doc.vocabulary ?? {},
  };
}

/** Writes a document's clauses and rules into an (empty) version; clauses without an id get one (see domain/clauses). */
export async function writeContent(em: EntityManager, councilId: string, versionId: string, doc: ProtocolDocument): Promise<void> {
  const clauses = withClauseIds(doc.clauses);
  if (clauses.length) {
    await em.getRepository(ProtocolClause).insert(
      clauses.map((c, position) => ({
        id: randomUUID(),
        councilId,
        versionId,
        key: c.id,
        number: c.number ?? null,
        section: c.section ?? null,
        heading: c.heading ?? null,
        headingCy: c.headingCy ?? null,
        text: c.text,
        textCy: c.textCy ?? null,
        position,
        version: 1,
      })),
    );
  }
  const items = documentItems(doc);
  if (items.length) {
    await em.getRepository(ProtocolItem).insert(
      items.map((i) => ({
        id: randomUUID(),
        councilId,
        versionId,
        section: i.section,
        key: i.key,
        body: i.body,
        clauses: i.clauses,
        position: i.position,
        version: 1,
      })),
    );
  }
}

/** Removes a (draft) version's clauses and rules, before writing a whole document into it. */
export async function clearContent(em: EntityManager, versionId: string): Promise<void> {
  await em.query('DELETE FROM protocol_items WHERE version_id = $1', [versionId]);
  await em.query('DELETE FROM protocol_clauses WHERE version_id = $1', [versionId]);
}

/** Copies one version's clauses and rules into another (possibly another council's, from a model). */
export async function copyContent(em: EntityManager, fromVersionId: string, toVersionId: string, councilId: string): Promise<void> {
  await em.query(
    `INSERT INTO protocol_clauses (council_id, version_id, key, number, section_key, heading, heading_cy, text, text_cy, position)
     SELECT $3, $2, key, number, section_key, heading, heading_cy, text, text_cy, position FROM protocol_clauses WHERE version_id = $1`,
    [fromVersionId, toVersionId, councilId],
  );
  await em.query(
    `INSERT INTO protocol_items (council_id, version_id, section, key, body, clauses, position)
     SELECT $3, $2, section, key, body, clauses, position FROM protocol_items WHERE version_id = $1`,
    [fromVersionId, toVersionId, councilId],
  );
}

/**
 * Creates a council's protocol with its first version, adopted, from a document
 * (the demo seed, or an import). Returns the protocol and version ids.
 */
export async function importAdoptedProtocol(
  em: EntityManager,
  councilId: string,
  doc: ProtocolDocument,
  options: { isModel?: boolean; published?: boolean; adoptedOn?: string | null } = {},
): Promise<{ protocolId: string; versionId: string }> {
  const protocolId = randomUUID();
  const versionId = randomUUID();
  await em.getRepository(Protocol).insert({
    id: protocolId,
    councilId,
    title: doc.title,
    titleCy: doc.titleCy ?? null,
    isModel: options.isModel ?? false,
    published: options.published ?? false,
    modelId: null,
    version: 1,
  });
  const review = doc.review;
  // Only what the document (or the caller) states: no invented adoption date.
  const adoptedOn = review.adoptedOn ?? options.adoptedOn ?? null;
  await em.getRepository(ProtocolVersion).insert({
    id: versionId,
    councilId,
    protocolId,
    number: 1,
    status: ProtocolStatus.ADOPTED,
    basedOnId: null,
    ...versionFields(doc),
    adoptedOn,
    adoptedAt: new Date(),
    nextReviewDue: nextReviewDue({ ...review, adoptedOn: adoptedOn ?? undefined }),
    version: 1,
    createdById: null,
  });
  await writeContent(em, councilId, versionId, doc);
  return { protocolId, versionId };
}
