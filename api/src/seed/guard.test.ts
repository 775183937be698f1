import { seedRefusal } from './guard';

test.each([
  // [environment, argv, env, refused]
  ['development', [], {}, false],
  ['test', [], {}, false],
  ['production', [], {}, true],
  ['production', [], { SEED_FORCE: 'false' }, true],
  ['production', ['--forced'], {}, true],
  ['production', ['--force'], {}, false],
  ['production', [], { SEED_FORCE: 'true' }, false],
  ['production', [], { SEED_FORCE: '1' }, false],
] as const)('NODE_ENV=%s argv %j env %j: refused %s', (envName, argv, env, refused) => {
  const why = seedRefusal({ env: envName }, argv, env);
  if (refused) expect(why).toMatch(/NODE_ENV is production.*--force.*SEED_FORCE=true/);
  else expect(why).toBeNull();
});
