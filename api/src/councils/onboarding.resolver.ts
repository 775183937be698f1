import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/context';
import { OnboardingPreview, OnboardingResult } from './onboarding.inputs';
import { OnboardingService } from './onboarding.service';

const CSV = 'The CSV: a header row (name, kind, parent, clerk name, clerk email; kind and parent may be left out), then one council a row; UTF-8, with or without a byte-order mark; at most 500 rows';

@Resolver()
export class OnboardingResolver {
  private readonly service = new OnboardingService();

  @Authorized()
  @Query(() => OnboardingPreview, {
    description: 'A dry run of onboardCouncils: each row of the CSV with the council it would make and its problems (each naming its column). Nothing is saved',
  })
  previewOnboarding(@Ctx() ctx: RequestContext, @Arg('csv', { description: CSV }) csv: string): Promise<OnboardingPreview> {
    return this.service.preview(ctx, csv);
  }

  @Authorized()
  @Mutation(() => OnboardingResult, {
    description:
      "Onboards every council of the CSV in one transaction (monitoring officers and platform admins): each council below its parent (the caller's own when the parent is left empty), its draft protocol from a model, its clerk invited and made the Clerk office holder. Refused (BAD_USER_INPUT) while any row has a problem; a failure on any row leaves nothing",
  })
  onboardCouncils(
    @Ctx() ctx: RequestContext,
    @Arg('csv', { description: CSV }) csv: string,
    @Arg('modelId', () => ID, { nullable: true, description: 'The model protocol every new council starts from (default: the first model available below each parent; none: empty drafts)' }) modelId?: string | null,
  ): Promise<OnboardingResult> {
    return this.service.onboard(ctx, csv, modelId);
  }
}
