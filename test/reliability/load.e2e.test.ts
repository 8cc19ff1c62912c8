/**
 * The reliability suite's load case (issue 16, "Must show"): past its capacity, over an archive where each answer
 * costs the event loop milliseconds, the built app answers every command within 3 s, acknowledged or "busy" at
 * once, and answers every command it acknowledged. The short form (2 s at each rate) runs in `npm test`;
 * `npm run soak` runs it for SOAK_LOAD_SECONDS. Before the answer lane (src/slack/answerLane.ts), answers ran
 * back to back after the acknowledgements and new connections waited unaccepted: hundreds of commands a run went
 * past 3 s.
 */
import { join } from 'node:path';
import { type AppProcess, startAppProcess } from '../../src/bench/appProcess';
import { loadFigures, SLACK_ACK_MS, sendAtRate } from '../../src/bench/load';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack';
import { writeSynthCorpus } from '../support/synthCorpus';
import { tempDir } from '../support/tmp';

/** This checkout's build; LOAD_MAIN names another's `dist/main.js` (to see the case fail on a build before the lane). */
const MAIN = process.env.LOAD_MAIN ?? join(__dirname, '../../dist/main.js');
const SECRET = 'load-signing-secret-97531';
const LOAD_SECONDS = Number(process.env.SOAK_LOAD_SECONDS ?? 2);
/** Enough articles that a lookup costs the event loop milliseconds (every article holds a matching quote). */
const ARTICLES = 300;

jest.setTimeout(120_000 + LOAD_SECONDS * 8000);

let fake: FakeSlack;
let app: AppProcess | null = null;
afterEach(async () => {
  await app?.stop('SIGKILL');
  app = null;
  await fake?.stop();
});

it('past its capacity answers every command within 3 s, acknowledged or "busy" at once, and answers what it acknowledged', async () => {
  fake = await startFakeSlack();
  const corpusDir = tempDir();
  writeSynthCorpus(corpusDir, ARTICLES);
  app = await startAppProcess({
    main: MAIN,
    cwd: tempDir(),
    env: {
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      CORPUS_DIR: corpusDir,
      DATA_DIR: tempDir(),
      REINDEX_MINUTES: '0',
      LOG_LEVEL: 'info',
    },
  });
  await app.waitForLog(/archive loaded: \d+ articles/, 90_000);
  let acked = 0;
  for (const rate of [200, 500]) {
    const sent = await sendAtRate({
      url: app.url,
      secret: SECRET,
      responseUrl: fake.responseUrl('load'),
      rate,
      seconds: LOAD_SECONDS,
      texts: ['cannot put off a decision', 'the third such meeting', 'a public hearing at the town hall'],
    });
    const figures = loadFigures({ rate, seconds: LOAD_SECONDS }, sent);
    if (process.env.SOAK_LOAD_SECONDS) process.stderr.write(`soak load: ${JSON.stringify(figures)}\n`);
    expect(figures).toMatchObject({ sent: rate * LOAD_SECONDS, errors: 0, late: 0 });
    expect(figures.acked + figures.busy).toBe(figures.sent);
    expect(figures.ackMaxMs).toBeLessThan(SLACK_ACK_MS);
    expect(figures.busyP99ms).toBeLessThan(SLACK_ACK_MS);
    expect(figures.acked).toBeGreaterThan(0);
    acked += figures.acked;
  }
  // Every command acknowledged is answered (none lost in the lane), each once.
  await fake.waitFor('respond', acked, 60_000);
  expect(fake.calls.filter((c) => c.method === 'respond')).toHaveLength(acked);
});
