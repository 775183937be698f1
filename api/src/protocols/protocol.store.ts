import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ProtocolDocument } from '../domain/protocol';
import { documentItems, nextReviewDue } from '../domain/protocol-items';
import { Protocol, ProtocolClause, ProtocolItem, ProtocolVersion } from './protocol.entities';
import { ProtocolStatus } from './protocol.enums';

/**
 * Writing and copying protocol content, below the services: callers have
 * already checked the caller's rights and run inside a transaction.
 */

/** Writes a document's clauses and rules into an (empty) version. */
export async function writeContent(em: EntityManager, councilId: string, versionId: string, doc: ProtocolDocument): Promise<void> {
  if (doc.clauses.length) {
    await em.getRepository(ProtocolClause).insert(
      doc.clauses.map((c, position) => ({
        id: randomUUID(),
        councilId,
        versionId,
        number: c.number,
        heading: c.heading ?? null,
        text: c.text,
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

/** Copies one version's clauses and rules into another (possibly another council's, from a model). */
export async function copyContent(em: EntityManager, fromVersionId: string, toVersionId: string, councilId: string): Promise<void> {
  await em.query(
    `INSERT INTO protocol_clauses (council_id, version_id, number, heading, text, position)
     SELECT $3, $2, number, heading, text, position FROM protocol_clauses WHERE version_id = $1`,
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
    adoptedOn,
    adoptedAt: new Date(),
    adoptedBy: review.adoptedBy ?? null,
    effectiveFrom: review.effectiveFrom ?? null,
    reviewEveryMonths: review.reviewEveryMonths ?? null,
    reviewOn: review.reviewOn ?? null,
    reviewingBody: review.reviewingBody ?? null,
    nextReviewDue: nextReviewDue({ ...review, adoptedOn: adoptedOn ?? undefined }),
    reviewClauses: review.clauses,
    amendedBy: review.amendedBy ?? null,
    amendments: review.amendments ?? [],
    vocabulary: doc.vocabulary ?? {},
    version: 1,
    createdById: null,
  });
  await writeContent(em, councilId, versionId, doc);
  return { protocolId, versionId };
}
