import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';

@ObjectType({ description: "A day the council's office is closed: not a working day for its deadlines" })
@Entity('council_closures')
export class CouncilClosure {
  @Field(() => ID, { description: "The closure's id" })
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID, { description: "The council's id" })
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => LocalDateScalar, { description: 'The day (YYYY-MM-DD)' })
  @Column('date')
  date: string;

  @Field({ description: 'Why the offices are closed' })
  @Column('text')
  reason: string;
}
