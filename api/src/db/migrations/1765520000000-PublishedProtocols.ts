import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A council may publish its adopted protocol on a public page (/public/<slug>); off until it chooses to. */
export class PublishedProtocols1765520000000 implements MigrationInterface {
  name = 'PublishedProtocols1765520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE councils ADD COLUMN publish_protocol boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE councils DROP COLUMN publish_protocol`);
  }
}
