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
  async handle(ctx, data) {
    return new ImportService().parse(ctx, data.importId);
  },
});
