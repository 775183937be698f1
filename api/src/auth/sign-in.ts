import type { IncomingMessage } from 'node:http';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AccordConfig } from '@accord/config';
import { hashGate, type HashGate } from './passwords';
import { SignInThrottle } from './sign-in-throttle';

/** What signIn needs beyond the request context: the throttle, the hashing gate, and the database without a transaction. */
export interface SignInDeps {
  throttle: SignInThrottle;
  gate: HashGate;
  /** For one short statement outside the request's transaction (the pooled connection is back before any hashing). */
  ds: DataSource;
  /** The client's address as the socket saw it. */
  address: string;
}

/** A symbol-keyed property on the context: Apollo shallow-copies the context per operation, and the copy keeps it. */
const SIGN_IN = Symbol('accord.signIn');
type WithSignIn = { [SIGN_IN]?: SignInDeps };

/**
 * Set up once per API process (server.ts); attach() gives each request context what
 * signIn needs, without the context itself knowing about sign-in.
 */
export class SignInGuard {
  private readonly throttle: SignInThrottle;
  private readonly gate: HashGate;

  constructor(config: AccordConfig, private readonly ds: DataSource, redis: Redis) {
    // The database name is part of the key: several deployments (or test stacks) may share one Redis and prefix.
    this.throttle = new SignInThrottle(redis, `${config.redis.prefix}:signin:${config.db.database}`, config.auth.signIn);
    this.gate = hashGate(config.auth.hashing);
  }

  attach<C extends object>(ctx: C, req: Pick<IncomingMessage, 'socket'>): C {
    (ctx as WithSignIn)[SIGN_IN] = { throttle: this.throttle, gate: this.gate, ds: this.ds, address: req.socket?.remoteAddress ?? '' };
    return ctx;
  }
}

export const signInDepsOf = (ctx: object): SignInDeps | undefined => (ctx as WithSignIn)[SIGN_IN];
