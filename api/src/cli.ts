import 'reflect-metadata';
import { loadConfig } from '@accord/config';
import { createDataSource } from './db/data-source';
import { ensureDatabase, migrate } from './db/setup';
import { seedDemo } from './seed/demo';
import { seedDemoCases } from './seed/demo-cases';
import { seedRefusal } from './seed/guard';
import { localDate } from './reviews/review-sweep';
import { importCommand, IMPORT_USAGE } from './imports/import.cli';

/** `node api/dist/cli.js setup|migrate|seed`: database chores for the start script and for operators. */
async function main(command = process.argv[2]) {
  const config = loadConfig();
  switch (command) {
    case 'setup':
      await ensureDatabase(config);
      console.log(`database ${config.db.database} and roles ready`);
      break;
    case 'migrate': {
      const ran = await migrate(config);
      console.log(ran.length ? `migrations run: ${ran.join(', ')}` : 'migrations: up to date');
      break;
    }
    case 'seed': {
      const refused = seedRefusal(config, process.argv.slice(3));
      if (refused) {
        console.error(refused);
        process.exit(1);
      }
      const ds = createDataSource(config, 'app');
      await ds.initialize();
      try {
        const { councils } = await seedDemo(ds, localDate(config.worker.sweepTimezone));
        const cases = await seedDemoCases(ds, config);
        console.log(`demo data ready: ${Object.keys(councils).length} councils${cases ? `, ${cases} demo cases` : ''}`);
      } finally {
        await ds.destroy();
      }
      break;
    }
    case 'import':
      process.exitCode = await importCommand(config, process.argv.slice(3));
      break;
    default:
      console.error(`usage: cli setup | migrate | seed [--force]\n       ${IMPORT_USAGE}`);
      process.exit(2);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
