import type { AccordConfig } from '@accord/config';

/**
 * Demo data creates a platform admin whose password is published in the README, so it is never
 * loaded into a production database by accident: under NODE_ENV=production the seed refuses unless
 * forced (`seed --force` or SEED_FORCE=true). Returns the refusal, or null when seeding may go ahead.
 */
export function seedRefusal(config: Pick<AccordConfig, 'env'>, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
  if (config.env !== 'production') return null;
  const forced = argv.includes('--force') || /^(true|1|yes)$/i.test(env.SEED_FORCE ?? '');
  if (forced) return null;
  return (
    'Refusing to load demo data: NODE_ENV is production, and the demo logins (a platform admin among them) share a published password. ' +
    'Run `seed --force` (or set SEED_FORCE=true) only on a throwaway instance.'
  );
}
