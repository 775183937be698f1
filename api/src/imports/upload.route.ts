/**
 * POST /imports: a clerk or monitoring officer uploads a protocol document (multipart/form-data: a
 * `councilId` field, then one `file`). The file is size-limited (413 beyond it) and its type sniffed; the
 * import record is written and committed, then its parsing queued (202 with the record's id). Not through
 * GraphQL multipart. Answers JSON { id, status } or { error: { code, message } }.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { createRequestContext, type RequestContext } from '../common/context';
import { AppError } from '../common/errors';
import type { Logger } from '../common/log';
import { JOBS, QUEUES } from '../queues';
import { DEFAULT_PARSE_LIMITS, ImportInputError, precheck } from './parse';
import { ImportService } from './import.service';
import type { ParseImportJob } from './import.job';

export const IMPORTS_PATH = '/imports';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 };
const PROBLEM_STATUS: Record<string, number> = { TOO_LARGE: 413, UNSUPPORTED: 415, LEGACY_DOC: 415 };

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Upload {
  councilId?: string;
  filename?: string;
  content?: Buffer;
}

/** Reads the multipart body: fields first, one file, nothing beyond `maxBytes` (413). */
function readUpload(req: IncomingMessage, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 10 } });
    } catch {
      reject(new HttpProblem(400, 'BAD_USER_INPUT', 'Send multipart/form-data with a councilId field and a file'));
      return;
    }
    const upload: Upload = {};
    let failed = false;
    const fail = (e: HttpProblem) => {
      if (failed) return;
      failed = true;
      req.unpipe(bb);
      reject(e);
    };
    bb.on('field', (name, value) => {
      if (name === 'councilId') upload.councilId = value;
    });
    bb.on('file', (_name, stream, info) => {
      const chunks: Buffer[] = [];
      upload.filename = info.filename ?? 'upload';
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => fail(new HttpProblem(413, 'TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`)));
      stream.on('end', () => {
        if (!failed) upload.content = Buffer.concat(chunks);
      });
    });
    bb.on('filesLimit', () => fail(new HttpProblem(400, 'BAD_USER_INPUT', 'Send one file per upload')));
    bb.on('error', () => fail(new HttpProblem(400, 'BAD_USER_INPUT', 'The upload could not be read')));
    bb.on('close', () => {
      if (!failed) resolve(upload);
    });
    req.pipe(bb);
  });
}

export function importUploadHandler(config: AccordConfig, ds: DataSource, log: Logger, maxBytes = DEFAULT_PARSE_LIMITS.maxBytes) {
  const service = new ImportService();
  let queue: Queue<ParseImportJob> | null = null;
  let connection: IORedis | null = null;
  const getQueue = () => {
    if (!queue) {
      connection = new IORedis(config.redis.url, { maxRetriesPerRequest: 1 });
      connection.on('error', () => undefined);
      queue = new Queue<ParseImportJob>(QUEUES.imports, { connection, prefix: config.redis.prefix });
      queue.on('error', () => undefined);
    }
    return queue;
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  /**
   * Answers a refused upload once the client has finished sending (a client still writing its body when
   * the connection closes sees a broken pipe, not the answer); a body that goes on past `cap` is cut off.
   */
  const sendAfterBody = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) => {
    if (req.readableEnded || req.destroyed) return send(res, status, body);
    let seen = 0;
    const cap = 2 * maxBytes + 1024 * 1024;
    req.on('data', (c: Buffer) => {
      seen += c.length;
      if (seen > cap) req.socket.destroy();
    });
    req.on('end', () => send(res, status, body));
    req.on('error', () => undefined);
    req.resume();
  };

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    let ctx: RequestContext | null = null;
    try {
      if (req.method !== 'POST') throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'POST a multipart/form-data upload');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBytes + 64 * 1024) throw new HttpProblem(413, 'TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
      ctx = await createRequestContext(config, ds, { authorization: req.headers.authorization, apiKey: typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined });
      if (ctx.principal.kind !== 'user') throw new HttpProblem(ctx.principal.kind === 'anonymous' ? 401 : 403, ctx.principal.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', ctx.principal.kind === 'anonymous' ? 'Sign in to continue' : 'API keys are read-only: they cannot upload');
      const upload = await readUpload(req, maxBytes);
      if (!upload.councilId) throw new HttpProblem(400, 'BAD_USER_INPUT', 'councilId: is required (send it before the file)');
      if (!upload.content) throw new HttpProblem(400, 'BAD_USER_INPUT', 'file: is required');
      await precheck(upload.content, upload.filename ?? 'upload', { ...DEFAULT_PARSE_LIMITS, maxBytes });
      const record = await service.create(ctx, upload.councilId, upload.filename ?? 'upload', upload.content);
      await ctx.finish(true);
      ctx = null;
      try {
        await getQueue().add(JOBS.parseImport, { importId: record.id }, { jobId: `import-${record.id}`, attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: 100, removeOnFail: 100 });
      } catch (e) {
        log.warn('import could not be queued', { error: (e as Error).message });
        send(res, 503, { id: record.id, status: record.status, error: { code: 'SERVICE_UNAVAILABLE', message: 'Uploaded, but parsing could not be queued now; it will not start until the queue is back. Upload again later.' } });
        return;
      }
      send(res, 202, { id: record.id, status: record.status });
    } catch (e) {
      if (ctx) await ctx.finish(false).catch(() => undefined);
      if (e instanceof HttpProblem) return sendAfterBody(req, res, e.status, { error: { code: e.code, message: e.message } });
      if (e instanceof ImportInputError) return sendAfterBody(req, res, PROBLEM_STATUS[e.problem] ?? 400, { error: { code: e.problem, message: e.message } });
      if (e instanceof AppError) {
        const code = String(e.extensions.code);
        return sendAfterBody(req, res, STATUS[code] ?? 400, { error: { code, message: e.message } });
      }
      log.error('import upload failed', { error: (e as Error).message });
      send(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong; it has been logged' } });
    }
  };
  return {
    handle: (req: IncomingMessage, res: ServerResponse) => void handler(req, res),
    async close() {
      const q = queue;
      const c = connection;
      queue = null;
      connection = null;
      if (q) await q.close().catch(() => undefined);
      c?.disconnect();
    },
  };
}
