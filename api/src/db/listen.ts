import { Client } from 'pg';
import type { AccordConfig } from '@accord/config';
import type { Logger } from '../common/log';

/**
 * Listens on one channel of Postgres's change feed (NOTIFY, delivered on commit) over
 * a connection of its own as the application role, reconnecting a second after it
 * is lost. `onState(false)` says notifications may have been missed (the caller
 * then falls back on polling), `onState(true)` that they flow again.
 */
export class ChangeListener {
  private client: Client | null = null;
  private retry?: NodeJS.Timeout;
  private stopped = true;

  constructor(
    private readonly config: AccordConfig,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
    private readonly log: Logger,
    private readonly onState: (listening: boolean) => void = () => undefined,
    private readonly applicationName = `accord-listen-${channel}`,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const { db } = this.config;
    const client = new Client({ host: db.host, port: db.port, database: db.database, user: db.app.user, password: db.app.password, application_name: this.applicationName });
    client.on('notification', (n) => {
      if (n.channel === this.channel) this.onPayload(n.payload ?? '');
    });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.onState(false);
      client.end().catch(() => undefined);
      if (!this.stopped) {
        this.log.warn('change feed lost; listening again in a second (meanwhile its listener falls back on the database)', { channel: this.channel, why });
        this.retry = setTimeout(() => void this.connect(), 1000);
      }
    };
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('connection ended'));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.client === client) this.onState(true);
    } catch (e) {
      lost((e as Error).message);
    }
  }
}
