import SMTPConnection from 'nodemailer/lib/smtp-connection';
import addressparser from 'nodemailer/lib/addressparser';
import { encodeWords, foldLines, isPlainText, quoteString } from 'nodemailer/lib/mime-funcs';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';
import type { AccordConfig } from '@accord/config';

export interface OutgoingMail {
  to: string;
  /** The recipient's name, for the To header. */
  toName?: string;
  subject: string;
  text: string;
  /** Deterministic per reminder and recipient: a receiver can tell a resend after a crash from a new message. */
  messageId: string;
  /** Content-Language, e.g. "cy, en". */
  language?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface Address {
  name: string;
  address: string;
}

/** "Accord <no-reply@accord.local>" → its display name and address. */
export function parseAddress(value: string): Address {
  const [first] = addressparser(value, { flatten: true }) as { name: string; address: string }[];
  if (!first?.address) throw new Error(`not an e-mail address: ${value}`);
  return { name: first.name ?? '', address: first.address };
}

const header = (name: string, value: string) => foldLines(`${name}: ${value}`, 76);
const mailbox = ({ name, address }: Address) =>
  !name ? `<${address}>` : `${isPlainText(name) ? (/^[\w !#$%&'*+\-/=?^`{|}~]*$/.test(name) ? name : quoteString(name)) : encodeWords(name, 'Q', 52)} <${address}>`;

/**
 * One plain-text message in RFC 5322 form: UTF-8, quoted-printable body with CRLF
 * line ends, non-ASCII header text as RFC 2047 encoded words (nodemailer's own
 * encoders). `date` is for tests.
 */
export function composeMessage(from: Address, mail: OutgoingMail, date = new Date()): string {
  const subject = isPlainText(mail.subject) ? mail.subject : encodeWords(mail.subject, 'Q', 52, true);
  const body = qpWrap(qpEncode(mail.text.replace(/\r?\n/g, '\r\n')), 76);
  return [
    header('From', mailbox(from)),
    header('To', mailbox({ name: mail.toName ?? '', address: mail.to })),
    header('Subject', subject),
    header('Date', date.toUTCString().replace(/GMT$/, '+0000')),
    header('Message-ID', mail.messageId),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    ...(mail.language ? [header('Content-Language', mail.language)] : []),
    'Auto-Submitted: auto-generated',
    '',
    body,
  ].join('\r\n');
}

/** How many messages one job (a reminder batch) sends at once. */
export const SENDS_PER_JOB = 16;

/**
 * E-mail over SMTP with nodemailer's SMTP connection: up to `size` connections
 * (SMTP_MAX_CONNECTIONS, by default SENDS_PER_JOB per job the worker runs at once, so a batch never
 * waits for one; a relay that allows fewer per client wants SMTP_MAX_CONNECTIONS, and sends then wait their turn)
 * kept open and reused message after message (PIPELINING where the server offers
 * it), each message composed once as text. A connection that fails or is closed
 * by the server is dropped and a new one opened for the next message.
 */
export function smtpMailer(config: AccordConfig, size = config.smtp.maxConnections ?? config.worker.concurrency * SENDS_PER_JOB): Mailer {
  const from = parseAddress(config.smtp.from);
  const idle: SMTPConnection[] = [];
  const waiting: ((c: SMTPConnection | Error) => void)[] = [];
  const dead = new WeakSet<SMTPConnection>();
  let open = 0;
  let closed = false;

  const connect = () =>
    new Promise<SMTPConnection>((resolve, reject) => {
      const c = new SMTPConnection({
        host: config.smtp.host,
        port: config.smtp.port,
        secure: config.smtp.secure,
        requireTLS: config.smtp.requireTls,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
      });
      const forget = () => {
        dead.add(c);
        const i = idle.indexOf(c);
        if (i >= 0) {
          idle.splice(i, 1);
          open--;
        }
      };
      // Before the connection is ready an error fails the connect; after, it only drops the connection (the send in progress fails on its own callback).
      c.on('error', (e: Error) => {
        forget();
        reject(e);
      });
      c.on('end', forget);
      const fail = (e: Error) => {
        c.close();
        reject(e);
      };
      c.connect((err?: Error) => {
        if (err) return fail(err);
        if (!config.smtp.auth) return resolve(c);
        c.login(config.smtp.auth, (e) => (e ? fail(e) : resolve(c)));
      });
    });

  const acquire = async (): Promise<SMTPConnection> => {
    if (closed) throw new Error('the mailer is closed');
    const ready = idle.pop();
    if (ready) return ready;
    if (open < size) {
      open++;
      try {
        return await connect();
      } catch (e) {
        open--;
        throw e;
      }
    }
    const next = await new Promise<SMTPConnection | Error>((ok) => waiting.push(ok));
    if (next instanceof Error) throw next;
    return next;
  };

  const release = (c: SMTPConnection, broken: boolean) => {
    if (broken || dead.has(c) || closed) {
      c.close();
      open--;
      const wake = waiting.shift();
      if (wake) {
        open++;
        connect().then(wake, (e: Error) => (open--, wake(e)));
      }
      return;
    }
    const wake = waiting.shift();
    if (wake) wake(c);
    else idle.push(c);
  };

  return {
    async send(mail) {
      const raw = composeMessage(from, mail);
      const c = await acquire();
      try {
        await new Promise<void>((ok, fail) => c.send({ from: from.address, to: [mail.to] }, raw, (e) => (e ? fail(e) : ok())));
        release(c, false);
      } catch (e) {
        // After a refusal the connection may be mid-transaction: start afresh rather than reset.
        release(c, true);
        throw e;
      }
    },
    close() {
      closed = true;
      for (const c of idle.splice(0)) c.quit();
      for (const wake of waiting.splice(0)) wake(new Error('the mailer is closed'));
    },
  };
}
