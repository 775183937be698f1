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
import { DEFAULT_PARSE_LIMITS, ImportInputError, inspectZip, precheck, readZipEntry } from './parse';
import { matchCouncil, type CouncilName } from './match-council';
import { can } from '../domain/access';
import { ImportService } from './import.service';
import type { ParseImportJob } from './import.job';
import { isDatabaseUnavailable } from '../db/session';
import { RETRY_AFTER_SECONDS, unavailableMessage } from '../http/unavailable';

export const IMPORTS_PATH = '/imports';
export const BULK_IMPORTS_PATH = '/imports/bulk';
/** The most files one bulk upload takes (or documents one zip may hold). */
export const BULK_MAX_FILES = 50;

interface BulkResult {
  filename: string;
  council?: { id: string; name: string };
  id?: string;
  status?: string;
  error?: { code: string; message: string };
}

const DOCUMENT_NAME = /\.(docx|docm|pdf|html?|md|markdown|txt)$/i;

/** The documents in a zip (checked for bombs and path tricks first), skipping folders and system files. */
async function filesOfZip(zip: Buffer, maxBytes: number): Promise<{ filename: string; content: Buffer }[]> {
  const entries = await inspectZip(zip, DEFAULT_PARSE_LIMITS);
  const docs = entries.filter((e) => !e.name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(e.name) && DOCUMENT_NAME.test(e.name));
  if (docs.length > BULK_MAX_FILES) throw new HttpProblem(400, 'BAD_USER_INPUT', `The zip holds ${docs.length} documents; at most ${BULK_MAX_FILES} at once`);
  const out: { filename: string; content: Buffer }[] = [];
  for (const e of docs) {
    if (e.uncompressedSize > maxBytes) throw new HttpProblem(413, 'TOO_LARGE', `${e.name} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
    out.push({ filename: e.name, content: await readZipEntry(zip, e.name, maxBytes) });
  }
  return out;
}

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
  files: { filename: string; content: Buffer }[];
}

/** Reads the multipart body: fields first, then `files` files (one by default), none beyond `maxBytes` (413). */
function readUpload(req: IncomingMessage, maxBytes: number, files = 1): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files, fields: 5, fieldSize: 1024, parts: files + 10 } });
    } catch {
      reject(new HttpProblem(400, 'BAD_USER_INPUT', 'Send multipart/form-data with a councilId field and a file'));
      return;
    }
    const upload: Upload = { files: [] };
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
      const filename = info.filename ?? 'upload';
      upload.filename ??= filename;
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => fail(new HttpProblem(413, 'TOO_LARGE', `${filename} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`)));
      stream.on('end', () => {
        if (failed) return;
        const content = Buffer.concat(chunks);
        upload.content ??= content;
        upload.files.push({ filename, content });
      });
    });
    bb.on('filesLimit', () => fail(new HttpProblem(400, 'BAD_USER_INPUT', files === 1 ? 'Send one file per upload' : `Send at most ${files} files at once (or one zip)`)));
    bb.on('error', () => fail(new HttpProblem(400, 'BAD_USER_INPUT', 'The upload could not be read')));
    bb.on('close', () => {
      if (!failed) resolve(upload);
    });
    // A client that goes away half-way (or is cut off by the request timeout) ends the upload.
    req.on('close', () => !req.complete && fail(new HttpProblem(400, 'BAD_USER_INPUT', 'The upload was cut off before it ended')));
    req.pipe(bb);
  });
}

/** The parse job of an import: one per import (its id is the job id), retried three times. */
function parseJobOptions(importId: string) {
  return { jobId: `import-${importId}`, attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: 100, removeOnFail: 100 };
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

  /** Answers an upload that failed: a 4xx with its code for what the caller can fix, 503 while Postgres is away, else 500 (logged). */
  const failed = (req: IncomingMessage, res: ServerResponse, e: unknown, what: string): void => {
    if (e instanceof HttpProblem) return sendAfterBody(req, res, e.status, { error: { code: e.code, message: e.message } });
    if (e instanceof ImportInputError) return sendAfterBody(req, res, PROBLEM_STATUS[e.problem] ?? 400, { error: { code: e.problem, message: e.message } });
    if (e instanceof AppError) {
      const code = String(e.extensions.code);
      return sendAfterBody(req, res, STATUS[code] ?? 400, { error: { code, message: e.message } });
    }
    if (isDatabaseUnavailable(e)) {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendAfterBody(req, res, 503, { error: { code: 'SERVICE_UNAVAILABLE', message: unavailableMessage('en') } });
    }
    log.error(what, { error: (e as Error).message });
    send(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong; it has been logged' } });
  };

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    let ctx: RequestContext | null = null;
    try {
      if (req.method !== 'POST') throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'POST a multipart/form-data upload');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBytes + 64 * 1024) throw new HttpProblem(413, 'TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
      ctx = await createRequestContext(config, ds, { authorization: req.headers.authorization, apiKey: typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined });
      if (ctx.principal.kind !== 'user') throw new HttpProblem(ctx.principal.kind === 'anonymous' ? 401 : 403, ctx.principal.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', ctx.principal.kind === 'anonymous' ? 'Sign in to continue' : 'API keys are read-only: they cannot upload');
      // No database connection is held while a (perhaps slow) body arrives: signed in again once it has.
      await ctx.finish(false);
      const upload = await readUpload(req, maxBytes);
      ctx = await createRequestContext(config, ds, { authorization: req.headers.authorization });
      if (!upload.councilId) throw new HttpProblem(400, 'BAD_USER_INPUT', 'councilId: is required (send it before the file)');
      if (!upload.content) throw new HttpProblem(400, 'BAD_USER_INPUT', 'file: is required');
      await precheck(upload.content, upload.filename ?? 'upload', { ...DEFAULT_PARSE_LIMITS, maxBytes });
      const record = await service.create(ctx, upload.councilId, upload.filename ?? 'upload', upload.content);
      await ctx.finish(true);
      ctx = null;
      try {
        await getQueue().add(JOBS.parseImport, { importId: record.id }, parseJobOptions(record.id));
      } catch (e) {
        log.warn('import could not be queued', { error: (e as Error).message });
        send(res, 503, { id: record.id, status: record.status, error: { code: 'SERVICE_UNAVAILABLE', message: 'Uploaded, but parsing could not be queued now; it will not start until the queue is back. Upload again later.' } });
        return;
      }
      send(res, 202, { id: record.id, status: record.status });
    } catch (e) {
      if (ctx) await ctx.finish(false).catch(() => undefined);
      failed(req, res, e, 'import upload failed');
    }
  };
  /**
   * POST /imports/bulk: a monitoring officer's many files (up to 50, or one .zip of them), each matched by
   * its name to a council they reach and imported there; the answer lists each file's council and import,
   * or why it was not imported. Every file is checked as a single upload is; one refused file does not stop
   * the others.
   */
  const bulk = async (req: IncomingMessage, res: ServerResponse) => {
    let ctx: RequestContext | null = null;
    try {
      if (req.method !== 'POST') throw new HttpProblem(405, 'METHOD_NOT_ALLOWED', 'POST a multipart/form-data upload');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > BULK_MAX_FILES * maxBytes + 64 * 1024) throw new HttpProblem(413, 'TOO_LARGE', `An upload is at most ${BULK_MAX_FILES * Math.round(maxBytes / 1024 / 1024)} MB`);
      ctx = await createRequestContext(config, ds, { authorization: req.headers.authorization });
      if (ctx.principal.kind !== 'user') throw new HttpProblem(401, 'UNAUTHENTICATED', 'Sign in to continue');
      await ctx.finish(false);
      const upload = await readUpload(req, maxBytes, BULK_MAX_FILES);
      ctx = await createRequestContext(config, ds, { authorization: req.headers.authorization });
      if (!upload.files.length) throw new HttpProblem(400, 'BAD_USER_INPUT', 'files: send at least one file (or a zip)');
      let files = upload.files;
      if (files.length === 1 && /\.zip$/i.test(files[0]!.filename)) files = await filesOfZip(files[0]!.content, maxBytes);
      const scope = ctx.scope;
      const { manager } = await ctx.db();
      const councils = ((await manager.query('SELECT id, name, slug FROM councils ORDER BY name')) as CouncilName[]).filter((c) => can(scope, 'update', c.id));
      const results: BulkResult[] = [];
      for (const f of files) {
        const m = matchCouncil(f.filename, councils);
        if (!('council' in m)) {
          results.push({ filename: f.filename, error: { code: 'NO_COUNCIL', message: m.reason === 'none' ? 'No council you look after matches this file name' : `The name fits more than one council: ${m.candidates.join(', ')}` } });
          continue;
        }
        try {
          await precheck(f.content, f.filename, { ...DEFAULT_PARSE_LIMITS, maxBytes });
          const rec = await service.create(ctx, m.council.id, f.filename, f.content);
          results.push({ filename: f.filename, council: { id: m.council.id, name: m.council.name }, id: rec.id, status: rec.status });
        } catch (e) {
          if (e instanceof ImportInputError) results.push({ filename: f.filename, council: { id: m.council.id, name: m.council.name }, error: { code: e.problem, message: e.message } });
          else if (e instanceof AppError) results.push({ filename: f.filename, council: { id: m.council.id, name: m.council.name }, error: { code: String(e.extensions.code), message: e.message } });
          else throw e;
        }
      }
      await ctx.finish(true);
      ctx = null;
      const queued = results.filter((r) => r.id);
      try {
        if (queued.length) await getQueue().addBulk(queued.map((r) => ({ name: JOBS.parseImport, data: { importId: r.id! }, opts: parseJobOptions(r.id!) })));
      } catch (e) {
        log.warn('imports could not be queued', { error: (e as Error).message });
        return send(res, 503, { results, error: { code: 'SERVICE_UNAVAILABLE', message: 'Uploaded, but parsing could not be queued now; upload again later.' } });
      }
      send(res, 202, { results });
    } catch (e) {
      if (ctx) await ctx.finish(false).catch(() => undefined);
      failed(req, res, e, 'bulk import upload failed');
    }
  };

  return {
    handle: (req: IncomingMessage, res: ServerResponse) => void handler(req, res),
    handleBulk: (req: IncomingMessage, res: ServerResponse) => void bulk(req, res),
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
