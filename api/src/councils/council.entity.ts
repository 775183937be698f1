import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CouncilKind, Nation } from '../common/enums';
import { LocalDateScalar } from '../common/scalars';

@ObjectType({ description: 'A council: the tenant. Parish, town and community councils sit below the principal council whose monitoring officer advises them.' })
@Entity('councils')
export class Council {
  @Field(() => ID, { description: "The council's id: what every other query takes as councilId" })
  @PrimaryColumn('uuid')
  id: string;

  /** Equal to id; present so every tenant table has council_id. */
  @Column({ name: 'council_id', type: 'uuid', insert: false, update: false, select: false })
  councilId: string;

  @Field({ description: 'Its name, e.g. "Ashbury Borough Council"' })
  @Column('text')
  name: string;

  @Field({ description: 'Unique, URL-safe: lower-case letters, digits and hyphens' })
  @Column('text')
  slug: string;

  @Field(() => CouncilKind, { description: 'The kind of council' })
  @Column('text')
  kind: CouncilKind;

  @Field(() => Nation, { description: 'Its nation, which decides its bank holidays' })
  @Column('text')
  nation: Nation;

  @Field(() => ID, { nullable: true, description: 'The principal council above this one' })
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the protocol is next due for review' })
  @Column({ name: 'next_review_due', type: 'date', nullable: true })
  nextReviewDue: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Local time (HH:MM) after which an enquiry counts as received on the next working day',
  })
  @Column({ name: 'response_cut_off', type: 'time', nullable: true, transformer: { to: (v) => v, from: (v: string | null) => v?.slice(0, 5) ?? null } })
  responseCutOff: string | null;

  @Field({ description: 'Whether its adopted protocol is published on a public page (/public/<slug>), readable without signing in' })
  @Column({ name: 'publish_protocol', type: 'boolean', default: false })
  publishProtocol: boolean;

  @Field(() => Int, { description: 'Increases on every change; send it back as expectedVersion' })
  @Column('int')
  version: number;

  @Field({ description: 'When it was added to Accord' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When its details last changed' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
