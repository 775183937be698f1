import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { loadConfig } from '@accord/config';
import { smtpMailer, type Mailer } from '../../api/src/common/mail';

/** The worker's mailer (nodemailer's SMTP connection, kept open and reused) against a real SMTP server. */

interface Server {
  port: number;
  received: ParsedMail[];
  connections: number;
  open: number;
  peakOpen: number;
  stop(): Promise<void>;
}

async function startServer(options: Partial<SMTPServerOptions> = {}, port = 0): Promise<Server> {
  const s: Server = { port: 0, received: [], connections: 0, open: 0, peakOpen: 0, stop: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // Closing does not wait long for clients that keep their connection open (as the mailer does).
    closeTimeout: 200,
    onConnect(_session, done) {
      s.connections++;
      s.peakOpen = Math.max(s.peakOpen, ++s.open);
      done();
    },
    onClose() {
      s.open--;
    },
    onData(stream, _session, done) {
      simpleParser(stream).then((m) => (s.received.push(m), done()), done);
    },
    ...options,
  });
  server.on('error', () => undefined);
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  s.port = (server.server.address() as AddressInfo).port;
  s.stop = () => new Promise<void>((ok) => server.close(() => ok()));
  return s;
}

const mailerFor = (port: number, env: Record<string, string> = {}, size = 4) =>
  smtpMailer(loadConfig({ SMTP_PORT: String(port), SMTP_FROM: 'Accord <no-reply@accord.local>', ...env }), size);

const mail = (i: number) => ({
  to: `holder${i}@ashbury.example`,
  toName: `Holder ${i}`,
  subject: `Reply due Friday 4 December 2026: 2026-${String(i).padStart(4, '0')} (Cwmbrân)`,
  text: `Dear Holder ${i},\n.\nA line of one dot above; Siân's enquiry.\n`,
  messageId: `<r${i}.0@accord>`,
});

describe('the worker mailer', () => {
  let mailer: Mailer | undefined;
  let server: Server | undefined;
  afterEach(async () => {
    mailer?.close();
    await server?.stop();
    mailer = server = undefined;
  });

  test('sends many messages over at most its connections, reused, each arriving as written', async () => {
    server = await startServer();
    mailer = mailerFor(server.port, {}, 4);
    await Promise.all(Array.from({ length: 60 }, (_, i) => mailer!.send(mail(i))));
    expect(server.received).toHaveLength(60);
    expect(server.connections).toBeLessThanOrEqual(4);
    expect(server.peakOpen).toBeLessThanOrEqual(4);
    const byId = new Map(server.received.map((m) => [m.messageId, m]));
    for (let i = 0; i < 60; i++) {
      const m = byId.get(`<r${i}.0@accord>`)!;
      expect(m.subject).toBe(mail(i).subject);
      expect(m.text).toBe(mail(i).text);
    }
  });

  test('SMTP_MAX_CONNECTIONS bounds the connections (a relay that allows few per client); without it, sixteen per job', async () => {
    server = await startServer();
    mailer = smtpMailer(loadConfig({ SMTP_PORT: String(server.port), SMTP_MAX_CONNECTIONS: '3' }));
    await Promise.all(Array.from({ length: 40 }, (_, i) => mailer!.send(mail(i))));
    expect(server.received).toHaveLength(40);
    expect(server.peakOpen).toBeLessThanOrEqual(3);
    expect(loadConfig({ SMTP_MAX_CONNECTIONS: '3' }).smtp.maxConnections).toBe(3);
    expect(loadConfig({}).smtp.maxConnections).toBeUndefined();
  });

  test('a connection the server closed while idle is replaced: the next message still goes', async () => {
    server = await startServer({ socketTimeout: 150 });
    mailer = mailerFor(server.port, {}, 2);
    await mailer.send(mail(1));
    await new Promise((ok) => setTimeout(ok, 600));
    expect(server.open).toBe(0);
    await mailer.send(mail(2));
    expect(server.received.map((m) => m.messageId)).toEqual(['<r1.0@accord>', '<r2.0@accord>']);
    expect(server.connections).toBe(2);
  });

  test('a server restarted on the same port: sends fail while it is down, then go again', async () => {
    server = await startServer();
    const port = server.port;
    mailer = mailerFor(port, {}, 2);
    await mailer.send(mail(1));
    await server.stop();
    await expect(mailer.send(mail(2))).rejects.toThrow();
    server = await startServer({}, port);
    await mailer.send(mail(3));
    expect(server.received.map((m) => m.messageId)).toEqual(['<r3.0@accord>']);
  });

  test('a refused recipient fails that send with the server\'s code; the next one goes', async () => {
    server = await startServer({
      onRcptTo(address, _session, done) {
        if (address.address.startsWith('refused')) return done(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
        done();
      },
    });
    mailer = mailerFor(server.port, {}, 1);
    await expect(mailer.send({ ...mail(1), to: 'refused@ashbury.example' })).rejects.toMatchObject({ responseCode: 550 });
    await mailer.send(mail(2));
    expect(server.received.map((m) => m.messageId)).toEqual(['<r2.0@accord>']);
  });

  test('signs in when SMTP_USER is set, and a wrong password fails the send', async () => {
    server = await startServer({
      authOptional: false,
      allowInsecureAuth: true,
      onAuth(auth, _session, done) {
        if (auth.username === 'accord' && auth.password === 'right') return done(null, { user: 'accord' });
        done(new Error('Invalid username or password'));
      },
    });
    mailer = mailerFor(server.port, { SMTP_USER: 'accord', SMTP_PASSWORD: 'wrong' });
    await expect(mailer.send(mail(1))).rejects.toThrow(/Invalid username or password/);
    mailer.close();
    mailer = mailerFor(server.port, { SMTP_USER: 'accord', SMTP_PASSWORD: 'right' });
    await mailer.send(mail(2));
    expect(server.received.map((m) => m.messageId)).toEqual(['<r2.0@accord>']);
  });
});
