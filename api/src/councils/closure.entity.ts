import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/scalars';

@ObjectType({ description: "A day the council's office is closed: not a working day for its deadlines" })
@Entity('council_closures')
export class CouncilClosure {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  date: string;

  @Field()
  @Column('text')
  reason: string;
}
