/**
 * Security headers on every response (helmet): a Content-Security-Policy, no
 * framing (frame-ancestors 'none' and X-Frame-Options DENY), nosniff,
 * Referrer-Policy no-referrer, cross-origin isolation headers, and HSTS only
 * when the API is served over https (PUBLIC_URL https:, or a TLS socket).
 *
 * Three policies:
 * - the admin app (/admin): its own scripts only; styles also inline, since
 *   MUI/emotion insert <style> elements at run time; images and the favicon
 *   from itself or data: URIs; requests to itself only.
 * - the queue board (/admin/queues): the admin policy, plus the web fonts its page links to.
 * - everything else (/graphql, /healthz, calendar feeds): nothing may load at
 *   all (JSON and text are not documents). A browser's GET of /graphql gets
 *   GraphiQL, built with the admin and served from this origin: the admin policy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { AccordConfig } from '@accord/config';
import { BOARD_PATH } from './queues-board';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

const ADMIN_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const BOARD_CSP = {
  ...ADMIN_CSP,
  'style-src': [...ADMIN_CSP['style-src'], 'https://fonts.googleapis.com'],
  'font-src': [...ADMIN_CSP['font-src'], 'https://fonts.gstatic.com'],
};

const API_CSP = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export function securityHeaders(config: Pick<AccordConfig, 'api'>): Middleware {
  const httpsByConfig = config.api.publicUrl.startsWith('https:');
  const make = (directives: Record<string, string[] | typeof helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc>, https: boolean): Middleware => {
    const options: HelmetOptions = {
      contentSecurityPolicy: { useDefaults: false, directives: https ? { ...directives, 'upgrade-insecure-requests': [] } : directives },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      xPoweredBy: true,
    };
    return helmet(options) as unknown as Middleware;
  };
  const policies = (https: boolean) => ({
    admin: make(ADMIN_CSP, https),
    board: make(BOARD_CSP, https),
    api: make(API_CSP, https),
  });
  const plain = policies(httpsByConfig);
  const secure = httpsByConfig ? plain : policies(true);

  return (req, res, next) => {
    const set = (req.socket as { encrypted?: boolean }).encrypted ? secure : plain;
    const path = (req.url ?? '/').split('?', 1)[0]!;
    if (path === BOARD_PATH || path.startsWith(`${BOARD_PATH}/`)) return set.board(req, res, next);
    if (path === '/admin' || path.startsWith('/admin/')) return set.admin(req, res, next);
    if (path === '/graphql' && req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '')) return set.admin(req, res, next);
    return set.api(req, res, next);
  };
}
