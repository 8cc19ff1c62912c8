/**
 * The Slack app end to end with DATABASE_URL set: the same suite as app.e2e.test.ts, each app on a database of its
 * own on the PostgreSQL server the test run started (the archive, the ledgers, the event ids and the rate limits
 * in PostgreSQL).
 */
import { Client } from 'pg';
import { appSuite } from '../support/appSuite';
import { testDatabase } from '../support/postgres';
import { sendEvent, startHarness, stopHarness } from '../support/slackHarness';

appSuite(async () => ({ DATABASE_URL: await testDatabase() }));

it('keeps the archive and the event ids in PostgreSQL, not in the data folder', async () => {
  const url = await testDatabase();
  const h = await startHarness({ DATABASE_URL: url });
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await sendEvent(h, 'EvStored', {
      type: 'app_mention',
      user: 'U1',
      channel: 'C1',
      text: '<@UBOT> hi',
      ts: '1.1',
    });
    await h.fake.waitFor('chat.postMessage');
    const articles = await db.query('SELECT count(*)::int AS n FROM articles');
    const events = await db.query("SELECT count(*)::int AS n FROM state_events WHERE event_id = 'EvStored'");
    expect([articles.rows[0].n, events.rows[0].n]).toEqual([5, 1]);
  } finally {
    await db.end();
    await stopHarness(h);
  }
});
