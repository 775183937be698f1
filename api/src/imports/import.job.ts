import { defineJob } from '../common/jobs';
import { JOBS, QUEUES } from '../queues';
import { ImportService } from './import.service';

export interface ParseImportJob {
  importId: string;
}

/** Parses one uploaded document (ImportService.parse); a file that cannot be read fails the import, not the job. */
export const parseImportJob = defineJob<ParseImportJob>({
  queue: QUEUES.imports,
  name: JOBS.parseImport,
  concurrency: 1,
  async handle(ctx, data, job) {
    // "parsing" is committed before the file is read, so the upload page shows it; a crash leaves a retry.
    return new ImportService().parse(ctx, data.importId, undefined, { commitProgress: true, lastAttempt: job.attemptsMade + 1 >= (job.attempts ?? 1) });
  },
});
