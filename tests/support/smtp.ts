import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface Received {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
}

export interface SmtpSink {
  port: number;
  messages: Received[];
  /** Accept each message only after this many ms (to catch a worker mid-send). */
  delayMs: number;
  /** Refuse every message with a 4xx/5xx while true. */
  refusing: boolean;
  /** Refuse (451) the messages to this address, accepting the others. */
  refusingTo: string | null;
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A real SMTP server on a free port that keeps what it receives: the tests' mail sink. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = {
    port: 0,
    messages: [],
    delayMs: 0,
    refusing: false,
    refusingTo: null,
    async waitFor(count, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      while (sink.messages.length < count) {
        if (Date.now() > end) throw new Error(`only ${sink.messages.length} of ${count} messages arrived`);
        await new Promise((ok) => setTimeout(ok, 20));
      }
    },
    stop: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const finish = () => {
          const refused = sink.refusing || session.envelope.rcptTo.some((r) => r.address === sink.refusingTo);
          if (refused) return done(Object.assign(new Error('Mailbox unavailable, try later'), { responseCode: 451 }));
          sink.messages.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
          done();
        };
        if (sink.delayMs) setTimeout(finish, sink.delayMs);
        else finish();
      });
    },
  });
  // A client killed mid-message (the kill -9 test) resets its connection: that is the client's doing, not an error here.
  server.on('error', () => undefined);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  sink.port = (server.server.address() as AddressInfo).port;
  sink.stop = () => new Promise<void>((ok) => server.close(() => ok()));
  return sink;
}

function parse(raw: string, to: string[]): Received {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1]?.trim() ?? '';
  let text = rest.join('\n\n');
  if (/quoted-printable/i.test(header('Content-Transfer-Encoding'))) text = decodeQp(text);
  else if (/base64/i.test(header('Content-Transfer-Encoding'))) text = Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
  return { to, messageId: header('Message-ID'), subject: decodeWords(header('Subject')), text };
}

function decodeQp(s: string): string {
  const bytes = s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h) => `%${h}`);
  try {
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  } catch {
    return s;
  }
}

/** RFC 2047 encoded words ("=?UTF-8?Q?Siân?="). */
function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_m, _charset, enc: string, text: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' ')),
    );
}
