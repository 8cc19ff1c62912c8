/**
 * The reliability suite's load case (issue 16, "Must show"): past its capacity, over an archive where each answer
 * costs the event loop milliseconds, the built app answers every command within 3 s, acknowledged or "busy" at
 * once, and answers every command it acknowledged. The short form (5 s at each rate) runs in `npm test`;
 * `npm run soak` runs it for SOAK_LOAD_SECONDS. Before the answer lane (src/slack/answerLane.ts), answers ran
 * back to back after the acknowledgements and new connections waited unaccepted: about a hundred commands a run
 * went past 3 s at 200/s.
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
const LOAD_SECONDS = Number(process.env.SOAK_LOAD_SECONDS ?? 5);
/**
 * Enough articles that a lookup costs the event loop milliseconds (every article holds a matching quote), and long
 * enough: the build before the answer lane kept up for 2-3 s and then fell behind.
 */
const ARTICLES = 1000;

jest.setTimeout(120_000 + LOAD_SECONDS * 8000);
/**
 * The app and the sender share the machine: on one whose other work starves them (load average past 10 on 2
 * cores) about one run in six had a command past 3 s. A second run is allowed; two failures in a row is the
 * signal (the build before the answer lane failed every run).
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });

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
  const ackedKeys: string[] = []; // the commands of the run acknowledged, by their response URL's `n`
  for (const rate of [200, 500]) {
    const sent = await sendAtRate({
      url: app.url,
      secret: SECRET,
      responseUrl: fake.responseUrl('load'),
      rate,
      seconds: LOAD_SECONDS,
      tag: `r${rate}`, // every command distinct (the same signed body twice in a second is a replay)
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
    ackedKeys.push(...sent.filter((x) => x.outcome === 'acked').map((x) => x.key as string));
  }
  // Every command acknowledged is answered (none lost in the lane), each once; if not, which, and the app's log.
  await fake.waitFor('respond', acked, 60_000).catch(() => undefined);
  const answered = new Set(
    fake.calls.filter((c) => c.method === 'respond').map((c) => c.path.split('n=')[1]),
  );
  const unanswered = ackedKeys.filter((k) => !answered.has(k));
  const why =
    unanswered.length === 0
      ? []
      : app
          .log()
          .split('\n')
          .filter((l) => /fail|error|warn/i.test(l));
  expect({ unanswered: unanswered.slice(0, 10), why: why.slice(-10) }).toEqual({ unanswered: [], why: [] });
  expect(fake.calls.filter((c) => c.method === 'respond')).toHaveLength(acked);
});
