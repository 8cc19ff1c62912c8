#!/usr/bin/env node
/**
 * Compares two builds' answers over one indexed corpus, byte for byte: the check that a speed-up changed no
 * answer. Each build opens the same data folder in-process and answers every topic twice (what caches hold after
 * the first pass must change no answer); any difference is printed and the exit code is 1.
 *
 *   node scripts/compare-answers.js --before /tmp/old/dist --after dist --corpus C --data D [--command timeline]
 *     [--after-data D2] [topic …]
 *
 * With --after-data, the after build opens D2 instead of D: a copy of D's snapshot saved in the after build's own
 * snapshot format, when the format changed (each build would otherwise rebuild the other's snapshot from scratch).
 *
 * Without topics: the bench's queries for the command plus a few more (names of one and several words, lower-case
 * words and phrases), so that the phrase, surname and inflection paths are all exercised.
 */
const path = require('node:path');

const EXTRA = {
  timeline: [
    'Hillary Clinton',
    'Donald Trump',
    'Bernie Sanders',
    'Ted Cruz',
    'Supreme Court',
    'immigration',
    'tax returns',
    'emails',
    'Iowa',
    'the wall',
    'Benghazi',
    'New Hampshire primary',
  ],
  ask: ['when was the Iowa caucus?', 'who is Bernie Sanders?', 'when did Trump announce?'],
};

function parse(argv) {
  const options = { command: 'timeline', topics: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) options[a.slice(2)] = argv[++i];
    else options.topics.push(a);
  }
  for (const key of ['before', 'after', 'corpus', 'data']) {
    if (!options[key]) throw new Error(`compare-answers: --${key} is required`);
  }
  return options;
}

async function answersOf(dist, dataDir, options, topics) {
  const root = path.resolve(dist);
  const { openCorpusIndex } = require(`${root}/search/sync/openCorpusIndex.js`);
  const { createAnswers } = require(`${root}/answers/answers.js`);
  const { createLogger } = require(`${root}/logger.js`);
  const logger = createLogger({ level: 'error', write: (line) => process.stderr.write(line) });
  const opened = await openCorpusIndex({ corpusDir: options.corpus, dataDir, logger });
  if (opened.stats.snapshot !== 'reused')
    process.stderr.write(
      `compare-answers: ${dataDir}: the snapshot was ${opened.stats.snapshot}, not reused\n`,
    );
  const answers = createAnswers(opened.archive);
  const out = [];
  for (const topic of topics) out.push(JSON.stringify(await answers[options.command](topic)));
  // Asked again: an answer must not change once the caches hold what the first pass read.
  for (const [i, topic] of topics.entries()) {
    const again = JSON.stringify(await answers[options.command](topic));
    if (again !== out[i]) out[i] = `${out[i]} changed when asked again`;
  }
  opened.archive.close?.();
  return out;
}

async function main() {
  const options = parse(process.argv.slice(2));
  const { BENCH_QUERIES } = require(`${path.resolve(options.after)}/bench/queries.js`);
  const topics =
    options.topics.length > 0
      ? options.topics
      : [...(BENCH_QUERIES[options.command] ?? []), ...(EXTRA[options.command] ?? [])];
  const before = await answersOf(options.before, options.data, options, topics);
  const after = await answersOf(options.after, options['after-data'] ?? options.data, options, topics);
  let differ = 0;
  topics.forEach((topic, i) => {
    const same = before[i] === after[i];
    if (!same) differ++;
    process.stdout.write(`${same ? 'same  ' : 'DIFFER'} ${topic} (${(after[i] ?? '').length} bytes)\n`);
  });
  process.stdout.write(`${topics.length - differ}/${topics.length} identical\n`);
  process.exitCode = differ === 0 ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
