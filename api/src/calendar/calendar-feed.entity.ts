import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Language } from '../common/enums';
import type { Locale } from '../domain/vocabularies';

@ObjectType({ description: 'A calendar of case deadlines and review dates, at a URL with a secret token that can be revoked' })
@Entity('calendar_feeds')
export class CalendarFeed {
  @Field(() => ID, { description: "The feed's id" }) @PrimaryColumn('uuid') id: string;
  @Field(() => ID, { description: 'The council whose dates it shows' }) @Column({ name: 'council_id', type: 'uuid' }) councilId: string;
  @Field({ description: 'Also the councils below (a monitoring officer\'s calendar)' }) @Column({ name: 'include_below', type: 'boolean' }) includeBelow: boolean;
  @Field({ description: 'What it is for, as named' }) @Column('text') name: string;
  @Field(() => Language, { nullable: true, description: "The language of the feed's text; none: the council's own (Welsh and English, Welsh first, in Wales; English elsewhere)" })
  @Column({ type: 'text', nullable: true })
  language: Locale | null;
  @Column({ name: 'token_hash', type: 'bytea' }) tokenHash: Buffer;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdById: string | null;
  @Field({ description: 'When it was made' }) @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Field(() => Date, { description: 'When it was revoked; null while it works', nullable: true }) @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
