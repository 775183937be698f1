/**
 * GET /reports/paper.pdf and GET /reports/paper.docx?councilId=…&from=YYYY-MM-DD&to=YYYY-MM-DD[&includeBelow=false]:
 * the standards committee's paper for protocolReport, as PDF or Word. Signed in as for /graphql
 * (Authorization: Bearer <session> or an API key); the report's own checks apply (tenancy: another
 * council's id is 404 NOT_FOUND; bad dates 400 BAD_USER_INPUT). Errors answer JSON
 * { error: { code, message } } in the caller's language.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { createRequestContext, type RequestContext } from '../common/context';
import { isDatabaseUnavailable } from '../db/session';
import { RETRY_AFTER_SECONDS, unavailableMessage } from '../http/unavailable';
import { AppError, badInput, unauthenticated } from '../common/errors';
import { RequestLanguage } from '../common/language';
import { msg } from '../common/messages';
import type { Logger } from '../common/log';
import { localDate } from '../domain/local-time';
import { CouncilService } from '../councils/council.service';
import { fileName, renderDocx, renderPdf } from '../publishing/document';
import { committeePaper } from './paper';
import { ReportService } from './report.service';

export const REPORT_PAPER_PATHS = { pdf: '/reports/paper.pdf', docx: '/reports/paper.docx' } as const;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 };
const TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

export function reportPaperHandler(config: AccordConfig, ds: DataSource, log: Logger) {
  const reports = new ReportService();
  const councils = new CouncilService();
  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  return async (req: IncomingMessage, res: ServerResponse, format: keyof typeof REPORT_PAPER_PATHS): Promise<void> => {
    const languages = RequestLanguage.fromHeader(req.headers['accept-language']);
    let ctx: RequestContext | null = null;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'GET' } });
      const url = new URL(req.url ?? '/', 'http://localhost');
      const q = (name: string) => url.searchParams.get(name) ?? '';
      ctx = await createRequestContext(
        config,
        ds,
        { authorization: req.headers.authorization, apiKey: typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined },
        null,
        languages,
      );
      if (ctx.principal.kind === 'anonymous') throw unauthenticated();
      if (!q('councilId')) throw badInput('councilId', msg('input.required'));
      const below = q('includeBelow');
      if (below !== '' && below !== 'true' && below !== 'false') throw badInput('includeBelow', msg('input.notAllowed'));
      const report = await reports.protocolReport(ctx, q('councilId'), q('from'), q('to'), below !== 'false');
      const council = await councils.get(ctx, q('councilId'), 'councilId');
      await ctx.finish(true);
      ctx = null;
      const doc = committeePaper(report, council, localDate('Europe/London'));
      const body = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
      res.writeHead(200, {
        'content-type': TYPES[format],
        'content-length': String(body.length),
        'content-disposition': `attachment; filename="${fileName(`${council.name} protocol report ${report.from} ${report.to}`)}.${format}"`,
        'cache-control': 'private, no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      if (ctx) await ctx.finish(false).catch(() => undefined);
      if (e instanceof AppError) {
        const code = String(e.extensions.code);
        return send(res, STATUS[code] ?? 400, { error: { code, message: e.messageIn(languages.language) } });
      }
      if (isDatabaseUnavailable(e)) {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        return send(res, 503, { error: { code: 'SERVICE_UNAVAILABLE', message: unavailableMessage(languages.language) } });
      }
      log.error('report paper failed', { error: (e as Error).message });
      send(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong; it has been logged' } });
    }
  };
}
