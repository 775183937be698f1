#!/usr/bin/env node
// `npm start`: installs and builds if needed, prepares the database (roles, migrations, demo data),
// then runs the API (GraphQL + admin app) and the worker until Ctrl-C.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, ensureInstalled, root } from './lib.mjs';

ensureInstalled();
build();

const require = createRequire(import.meta.url);
const { loadConfig } = require('../config/dist/index.js');
const api = require('../api/dist/index.js');

let config;
try {
  config = loadConfig();
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}

const problem = await api.checkServices(config);
if (problem) {
  console.error(`\n✗ Accord cannot start yet.\n\n${problem}\n`);
  process.exit(1);
}

console.log(`• preparing database ${config.db.database}…`);
await api.ensureDatabase(config);
const ran = await api.migrate(config);
console.log(ran.length ? `  migrations run: ${ran.join(', ')}` : '  migrations: up to date');
// Demo data (a platform admin with a published password) by default only outside production; DEMO_DATA=true asks for it anywhere.
const demoData = process.env.DEMO_DATA === 'true' || (process.env.DEMO_DATA !== 'false' && config.env !== 'production');
if (!demoData && config.env === 'production' && process.env.DEMO_DATA !== 'false') console.log('  demo data: not loaded (NODE_ENV=production; DEMO_DATA=true to load it)');
if (demoData) {
  const ds = api.createDataSource(config, 'app');
  await ds.initialize();
  await api.seedDemo(ds, api.localDate(config.worker.sweepTimezone));
  const opened = await api.seedDemoCases(ds, config);
  await ds.destroy();
  console.log(`  demo data: ready${opened ? ` (${opened} demo cases opened)` : ''}`);
}

// Reminders are e-mailed. With no SMTP server where SMTP_HOST/SMTP_PORT point (a fresh machine), catch
// them here and print one line each, so nothing fails and you can see what would have been sent.
let mailNote = `SMTP ${config.smtp.host}:${config.smtp.port}`;
if (['127.0.0.1', 'localhost'].includes(config.smtp.host) && !(await listening(config.smtp.host, config.smtp.port))) {
  const { SMTPServer } = require('smtp-server');
  const { simpleParser } = require('mailparser');
  const catcher = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      // Read as a mail program would (folded and encoded headers), and print who it is for and its subject.
      simpleParser(stream).then(
        (mail) => {
          console.log(`✉ to ${session.envelope.rcptTo.map((r) => r.address).join(', ')}: ${mail.subject ?? ''}`);
          done();
        },
        (e) => done(e),
      );
    },
  });
  catcher.on('error', () => undefined); // a client that drops its connection
  await new Promise((ok) => catcher.listen(config.smtp.port, config.smtp.host, ok));
  mailNote = `caught on ${config.smtp.host}:${config.smtp.port} and printed here (no SMTP server was running there)`;
}

function listening(host, port) {
  return new Promise((ok) => {
    const socket = require('node:net').connect({ host, port }, () => {
      socket.destroy();
      ok(true);
    });
    socket.on('error', () => ok(false));
  });
}

const children = [];
const start = (name, file) =>
  new Promise((ready, fail) => {
    const child = fork(join(root, file), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(child);
    child.on('message', (m) => m?.ready && ready(m));
    child.on('exit', (code) => {
      fail(new Error(`${name} exited with code ${code}`));
      if (!stopping) {
        console.error(`✗ ${name} stopped (exit ${code}); stopping everything.`);
        stop(code ?? 1);
      }
    });
  });

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  // Jobs in flight get their time to finish; a child that still has not stopped after it is killed.
  const force = setTimeout(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  }, 20_000);
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((ok) => c.on('exit', ok)) : null))).then(() => {
    clearTimeout(force);
    process.exit(code);
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
process.on('SIGHUP', () => stop(0));
// Whoever started us (npm, a terminal, `timeout`) went away without a signal reaching us: stop too,
// rather than leave the API and worker running with no one to stop them.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop(0), 1000).unref();

try {
  const [{ port }] = await Promise.all([start('api', 'api/dist/main.js'), start('worker', 'worker/dist/main.js')]);
  const base = config.api.publicUrl.replace(/:\d+$/, `:${port}`);
  const logins = api.DEMO_USERS.map((u) => {
    const role = u.platformAdmin ? 'platform admin' : u.memberships.map(([slug, r]) => `${r.replace('_', ' ')}, ${api.DEMO_COUNCILS.find((c) => c.slug === slug).name}`).join('; ');
    return `    ${u.email.padEnd(34)} ${role}`;
  });
  console.log(`
Accord is running.
  Admin app:  ${base}/admin/
  GraphQL:    ${base}/graphql
  Health:     ${base}/healthz
  Queues:     ${base}/admin/queues (platform admins)
  Worker:     daily review sweep at "${config.worker.sweepCron}" (${config.worker.sweepTimezone}); reminders every ${config.worker.reconcileEveryMs / 1000} s
  Mail:       ${mailNote}

Demo logins (password for all: ${api.DEMO_PASSWORD}):
${logins.join('\n')}

Press Ctrl-C to stop.`);
} catch (e) {
  console.error(`✗ ${e.message}`);
  stop(1);
}
