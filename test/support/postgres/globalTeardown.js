// Jest global teardown: stops the PostgreSQL server the global setup started (none when TEST_DATABASE_URL was given).
module.exports = async function teardownPostgres() {
  const stop = globalThis.__newsdeskPostgres;
  if (!stop) return;
  globalThis.__newsdeskPostgres = undefined;
  delete process.env.TEST_DATABASE_URL;
  await stop();
};
