import { publishedProtocolPage } from './publishing/published-page';
import { PUBLISHED_FILE_TYPES, publishedProtocolFile } from './publishing/published-file';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { createRequestContext, type RequestContext } from './common/context';
import { formatError } from './common/format-error';
import { languageFromHeader, msg } from './common/messages';
import { textInputPlugin } from './common/inputs';
import { documentSchemaFile } from './schema-file';
import { DOCUMENT_SCHEMA_PATH } from './domain/protocol-document';
import type { Logger } from './common/log';
import { createSchema } from './schema';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import IORedis from 'ioredis';
import { apiKeyRateLimit } from './common/rate-limit';
import { LiveCache } from './cache/live-cache';
import { graphqlHandler } from './http/graphql-handler';
import { healthHandler } from './http/health';
import { metricsHandler } from './http/metrics-endpoint';
import { ApiKeyUse } from './api-keys/api-key-use';
import { BOARD_PATH, queuesBoard } from './http/queues-board';
import { calendarText } from './calendar/calendar.service';
import { SignInGuard } from './auth/sign-in';
import { requestLogPlugin, withRequestLog } from './common/request-log';
import { securityHeaders } from './http/security-headers';
import { hideSuggestions } from './http/no-suggestions';
import { BULK_IMPORTS_PATH, IMPORTS_PATH, importUploadHandler } from './imports/upload.route';
import { isDatabaseUnavailable } from './db/session';
import { RETRY_AFTER_SECONDS, unavailableMessage } from './http/unavailable';
import { REPORT_PAPER_PATHS, reportPaperHandler } from './reports/paper.route';

export { formatError };

/** The most lexical tokens a document may have (graphql-armor's default, now counted by graphql's parser). */
const MAX_TOKENS = 1000;

/**
 * Commits each request's database transaction once its response is ready, before it is
 * sent (so the caller's next request sees its changes), and names the operation for the
 * metrics (its kind and first root field: a bounded set, unlike client-chosen names).
 * Whatever this plugin never sees (HTTP-level rejections, parse and limit errors, a client
 * that went away) is rolled back by the GraphQL handler, which owns the session.
 */
const transactionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (!operation) return;
        const first = operation.selectionSet.selections.find((s) => s.kind === 'Field');
        contextValue.operation = `${operation.operation}:${first && first.kind === 'Field' ? first.name.value : '-'}`;
      },
      async willSendResponse({ contextValue }) {
        await contextValue.finish(true);
      },
    };
  },
};

/** A browser's GET of /graphql (it asks for HTML): answered with GraphiQL, not GraphQL. */
export function wantsExplorer(req: IncomingMessage): boolean {
  return req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');
}

export interface AccordServer {
  /** The HTTP request listener: /graphql straight to Apollo, everything else through Express. */
  app: (req: IncomingMessage, res: ServerResponse) => void;
  /** Starts Apollo and mounts the routes; call once, before listening. */
  start(httpServer: Server): Promise<void>;
  stop(): Promise<void>;
}

export async function createServer(config: AccordConfig, ds: DataSource, log: Logger): Promise<AccordServer> {
  const schema = await createSchema();
  const app = express();
  app.disable('x-powered-by');
  let board: ReturnType<typeof queuesBoard> | undefined;
  let closeBoard = async () => undefined as void;
  let handleGraphql: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let handleOps: ((path: string, req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let apollo: ApolloServer<RequestContext> | undefined;
  const live = new LiveCache(config, log);
  const redis = new IORedis(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', (e) => log.warn('redis error (rate limits not applied)', { error: e.message }));
  const signInGuard = new SignInGuard(config, ds, redis);
  const { limits } = config.api;
  // Depth, cost and alias limits for what integrations send; field suggestions only where introspection is on.
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost },
    blockFieldSuggestion: { enabled: !config.api.introspection },
    // Counted by Apollo's own parser instead (parseOptions below): armor's throws in parsingDidStart, a 500.
    maxTokens: { enabled: false },
  }).protect();

  const headers = securityHeaders(config);
  const uploads = importUploadHandler(config, ds, log);
  const paper = reportPaperHandler(config, ds, log);
  return {
    app: withRequestLog(log, (req, res) =>
      headers(req, res, () => {
        const path = req.url?.split('?', 1)[0];
        // A browser opening /graphql gets GraphiQL (Express, below); clients get GraphQL.
        if (handleGraphql && path === '/graphql' && !wantsExplorer(req)) handleGraphql(req, res);
        else if (path === IMPORTS_PATH) uploads.handle(req, res);
        else if (path === BULK_IMPORTS_PATH) uploads.handleBulk(req, res);
        else if (path === REPORT_PAPER_PATHS.pdf || path === REPORT_PAPER_PATHS.docx) void paper(req, res, path === REPORT_PAPER_PATHS.pdf ? 'pdf' : 'docx');
        else if (handleOps && (path === '/healthz' || path === '/metrics') && (req.method === 'GET' || req.method === 'HEAD')) handleOps(path, req, res);
        else app(req, res);
      }),
    ),
    async start(httpServer) {
      apollo = new ApolloServer<RequestContext>({
        schema,
        introspection: config.api.introspection,
        includeStacktraceInErrorResponses: false,
        allowBatchedHttpRequests: false,
        // The process stops itself on SIGTERM/SIGINT (main.ts); Apollo's own handlers, on outside tests, made it hang.
        stopOnTerminationSignals: false,
        formatError: hideSuggestions(formatError(log), config.env === 'production' || !config.api.introspection),
        validationRules: armor.validationRules,
        // A document over 1,000 tokens is a syntax error like any other: 400 GRAPHQL_PARSE_FAILED.
        parseOptions: { maxTokens: MAX_TOKENS },
        // No Apollo landing page (it loads Apollo's explorer from a CDN): browsers get the self-hosted GraphiQL.
        // No cache-control plugin: no field has a cache hint, and with it installed Apollo wraps every field's
        // resolver to track hints (in a CPU profile of bench/run.mjs, @apollo/server's share went from 4.9% to 2.1%).
        plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), transactionPlugin, textInputPlugin, requestLogPlugin, ...armor.plugins],
      });
      await apollo.start();
      await live.start();
      await redis.connect().catch((e) => log.warn('redis unavailable: API key rate limits are off until it is back', { error: e.message }));

      // Slow clients cannot hold a connection open: node:http's limits on headers and the whole request.
      httpServer.headersTimeout = config.api.timeouts.headersMs;
      httpServer.requestTimeout = config.api.timeouts.requestMs;
      const health = healthHandler(config, ds, redis);
      const metricsEndpoint = metricsHandler(config, ds);
      handleOps = (path, req, res) => {
        const run = path === '/healthz' ? health : metricsEndpoint;
        run(req, res).catch((e) => {
          log.error('ops endpoint failed', { error: (e as Error).message });
          if (!res.headersSent) res.statusCode = 503;
          res.end();
        });
      };

      const keyUse = new ApiKeyUse(ds);
      const graphql = graphqlHandler(apollo, {
        rateLimit: apiKeyRateLimit(redis, config.redis.prefix, limits.apiKeyPerMinute),
        context: (req, languages) =>
          createRequestContext(
            config,
            ds,
            {
              authorization: req.headers.authorization,
              apiKey: typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined,
            },
            live,
            languages,
          ).then((ctx) => signInGuard.attach(ctx, req)),
        afterTransaction: async (ctx) => {
          if (ctx.principal.kind === 'apiKey') await keyUse.record(ctx.principal.apiKeyId);
        },
        bodyTimeoutMs: config.api.timeouts.bodyMs,
        log,
      });
      handleGraphql = (req, res) => {
        graphql(req, res).catch((e) => {
          log.error('graphql request failed', { error: e });
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
        });
      };

      const boardRedis = new IORedis(config.redis.url, { maxRetriesPerRequest: null, lazyConnect: true });
      boardRedis.on('error', () => undefined);
      board = queuesBoard(config, ds, boardRedis);
      closeBoard = async () => {
        await board?.close();
        boardRedis.disconnect();
      };
      app.use(BOARD_PATH, board.router);

      // The JSON Schema of a protocol document (format 2), for editors and clients that validate before saving.
      const documentSchemaText = documentSchemaFile();
      app.get(DOCUMENT_SCHEMA_PATH, (_req, res) => {
        res.setHeader('Cache-Control', 'public, max-age=3600');
        res.type('application/schema+json; charset=utf-8').send(documentSchemaText);
      });

      // Calendar feeds: the token in the URL is the credential (calendar apps send no headers).
      app.get(/^\/calendar\/([A-Za-z0-9_-]{10,100})\.ics$/, async (req, res, next) => {
        try {
          const text = await calendarText(ds, (req.params as unknown as string[])[0], config.api.publicUrl);
          if (text === null) {
            return void res.status(404).type('text/plain').send(msg('calendar.notFound').in(languageFromHeader(req.headers['accept-language']) ?? 'en'));
          }
          res.setHeader('Cache-Control', 'private, max-age=300');
          res.type('text/calendar; charset=utf-8').send(text);
        } catch (e) {
          next(e);
        }
      });

      // A council's published protocol, readable by anyone (api/src/publishing).
      app.get(/^\/public\/([a-z0-9][a-z0-9-]{0,61}[a-z0-9])(?:\/(en|cy))?\/?$/, async (req, res, next) => {
        try {
          const params = req.params as unknown as Record<string, string | undefined>;
          const html = await publishedProtocolPage(ds, params[0]!, params[1] === 'cy' ? 'cy' : 'en');
          if (html === null) return void res.status(404).type('text/plain').send('Not found');
          res.setHeader('Cache-Control', 'public, max-age=300');
          res.type('text/html; charset=utf-8').send(html);
        } catch (e) {
          next(e);
        }
      });

      // Its adopted version as PDF or Word (English; Welsh under /cy for a council in Wales).
      app.get(/^\/public\/([a-z0-9][a-z0-9-]{0,61}[a-z0-9])(?:\/(cy))?\/protocol\.(pdf|docx)$/, async (req, res, next) => {
        try {
          const params = req.params as unknown as Record<string, string | undefined>;
          const format = params[2] === 'pdf' ? 'pdf' : 'docx';
          const file = await publishedProtocolFile(ds, params[0]!, params[1] === 'cy' ? 'cy' : 'en', format);
          if (file === null) return void res.status(404).type('text/plain').send('Not found');
          res.setHeader('Cache-Control', 'public, max-age=300');
          res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
          res.type(PUBLISHED_FILE_TYPES[format]).send(file.body);
        } catch (e) {
          next(e);
        }
      });

      const adminDist = resolve(config.api.adminDist ?? join(__dirname, '..', '..', 'admin', 'dist'));
      if (existsSync(join(adminDist, 'index.html'))) {
        app.use('/admin', express.static(adminDist, { index: false, maxAge: '1h' }));
        // A missing script or style (an old chunk after a new build) is a 404, not the app's page.
        app.get(/^\/admin\/(graphiql\/)?assets\//, (_req, res) => res.status(404).type('text/plain').send('Not found'));
        // GraphiQL, built with the admin (admin/vite.graphiql.config.ts), for a browser that opens /graphql.
        const graphiql = join(adminDist, 'graphiql', 'index.html');
        app.get('/graphql', (req, res, next) => {
          if (!wantsExplorer(req) || !existsSync(graphiql)) return next();
          res.setHeader('Cache-Control', 'no-cache');
          res.sendFile(graphiql, (e) => e && next(e));
        });
        app.get(/^\/admin(\/.*)?$/, (_req, res, next) => {
          res.setHeader('Cache-Control', 'no-cache');
          res.sendFile(join(adminDist, 'index.html'), (e) => e && next(e));
        });
        app.get('/', (_req, res) => res.redirect('/admin/'));
      } else {
        log.warn('admin app not built: /admin is not served', { adminDist });
      }
      // Nothing else here: a short 404 that does not echo the path asked for.
      app.use((_req, res) => void res.status(404).type('text/plain').send('Not found'));
      // Whatever fails outside GraphQL answers with a short message, never a stack trace.
      app.use((error: Error & { status?: number }, req: express.Request, res: express.Response, next: express.NextFunction) => {
        if (res.headersSent) return next(error);
        // No database connection in time (a burst on /public or /calendar): 503, come back shortly.
        if (isDatabaseUnavailable(error)) {
          res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
          return void res.status(503).type('text/plain').send(unavailableMessage(languageFromHeader(req.headers['accept-language']) ?? 'en'));
        }
        const status = error.status && error.status >= 400 && error.status < 600 ? error.status : 500;
        if (status >= 500) log.error('request failed', { error: error.message });
        res.status(status).type('text/plain').send(status === 404 ? 'Not found' : status < 500 ? 'Bad request' : 'Something went wrong; it has been logged');
      });
    },
    async stop() {
      await apollo?.stop();
      await live.stop();
      await closeBoard();
      await uploads.close();
      redis.disconnect();
    },
  };
}
