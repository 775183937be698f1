import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { LocalDateScalar } from '../common/scalars';
import { ReportService } from './report.service';
import { ProtocolReport } from './report.types';

@Resolver()
export class ReportResolver {
  private readonly service = new ReportService();

  @Authorized()
  @Query(() => ProtocolReport, {
    description:
      "How protocols were kept over a period, for a standards committee: enquiries acknowledged and answered on time, escalations, concerns by kind, reviews; per council (with includeBelow, every council below it in your scope), per year and in total. Counted in SQL; another council's id is NOT_FOUND",
  })
  protocolReport(
    @Ctx() ctx: RequestContext,
    @Arg('councilId', () => ID, { description: 'The council reported on' }) councilId: string,
    @Arg('from', () => LocalDateScalar, { description: 'First day of the period (London date of receipt)' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day of the period' }) to: string,
    @Arg('includeBelow', { defaultValue: true, description: 'Also every council below it in your scope' }) includeBelow: boolean,
  ): Promise<ProtocolReport> {
    return this.service.protocolReport(ctx, councilId, from, to, includeBelow);
  }
}
