#!/usr/bin/env node
/**
 * Compares two builds' indexing pipelines stage by stage, in one process: each article of a corpus goes through
 * the before build and the after build in turn (which goes first alternates), so a machine whose speed drifts by
 * 10–20 % from minute to minute (as the bench machines do) slows both alike. Prints each stage's ms an article for
 * both and the change; then checks that both builds made the same of every article (its parse, passages, dates,
 * quotes, people, day reports and the rows the engine stores), and exits 1 when they did not, unless --changes
 * says a change is expected.
 *
 *   node scripts/compare-stages.js --before /tmp/old/dist --after dist --corpus DIR [--articles 2000]
 *     [--passes 2] [--changes]
 *
 * The first pass warms both builds up and is not counted. Measures one thread: what crosses between threads, the
 * file reads and the snapshot's writing are the bench's (npm run bench), not this. The check compares what the
 * stages made, not what the index then stored: a change to how `put` stores shows here in its time only (the
 * answers' check is scripts/compare-answers.js).
 */
const fs = require('node:fs');
const path = require('node:path');

function parse(argv) {
  const options = { articles: '2000', passes: '2', changes: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--changes') options.changes = true;
    else if (a.startsWith('--')) options[a.slice(2)] = argv[++i];
  }
  for (const key of ['before', 'after', 'corpus']) {
    if (!options[key]) throw new Error(`compare-stages: --${key} is required`);
  }
  for (const [key, least] of [
    ['articles', 1],
    ['passes', 2],
  ]) {
    const n = Number(options[key]);
    if (!Number.isInteger(n) || n < least)
      throw new Error(
        `compare-stages: --${key} must be a whole number of at least ${least}, got "${options[key]}"`,
      );
  }
  return options;
}

/** A build's pipeline, stage by stage, with an archive of its own to store into. */
function pipelineOf(dist) {
  const root = path.resolve(dist);
  const load = (file) => require(`${root}/${file}.js`);
  const dates = load('dates/extractDates');
  const dayReports = load('indexing/dayReports');
  return {
    parse: load('corpus/parseArticle').parseArticle,
    dates: (article) => dates.extractDates(article, dates.referenceDay(article.published)),
    quotes: load('quotes/extractQuotes').readQuotes,
    people: load('quotes/peopleOf').peopleOf,
    dayReports: (article, found) => dayReports.packDayReports(dayReports.dayReportsOf(article, found)),
    passages: load('indexing/passages').passagesOf,
    prepare: load('search/engine/prepareArticle').prepareArticle,
    archive: load('search/embeddedArchive').EmbeddedArchive.create(),
  };
}

/** One article through a pipeline, each stage's time added to `times`; what it made, as JSON. */
function indexOne(p, times, source) {
  const time = (stage, work) => {
    const start = performance.now();
    const out = work();
    times[stage] = (times[stage] ?? 0) + performance.now() - start;
    return out;
  };
  const { article, problems } = time('parse', () => p.parse(source));
  const dates = time('dates', () => p.dates(article));
  const { quotes, read } = time('quotes', () => p.quotes(article));
  const people = time('people', () => p.people(article, quotes, read));
  const dayReports = time('dayReports', () => p.dayReports(article, dates));
  const passages = time('passages', () => p.passages(article));
  const made = { passages, dates, quotes, people, dayReports };
  const prepared = time('prepare', () => p.prepare({ article, ...made }));
  const version = { hash: source.id, size: source.text.length, mtimeMs: 0 };
  time('put', () => p.archive.putNow({ article, ...made, prepared }, version));
  const typed = (_key, value) => (ArrayBuffer.isView(value) ? Array.from(value) : value);
  return JSON.stringify({ problems, article, ...made, prepared }, typed);
}

function main() {
  const options = parse(process.argv.slice(2));
  const builds = [pipelineOf(options.before), pipelineOf(options.after)];
  const files = fs
    .readdirSync(options.corpus)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .slice(0, Number(options.articles));
  const sources = files.map((file) => ({
    id: path.parse(file).name,
    file,
    text: fs.readFileSync(path.join(options.corpus, file), 'utf8'),
  }));
  const passes = Number(options.passes);
  let times = [{}, {}];
  let differ = 0;
  for (let pass = 0; pass < passes; pass++) {
    if (pass === 1) times = [{}, {}];
    sources.forEach((s, i) => {
      const source = { ...s, id: `${s.id}-${pass}` };
      const first = (i + pass) % 2;
      const made = [];
      for (const b of [first, 1 - first]) made[b] = indexOne(builds[b], times[b], source);
      if (pass === 0 && made[0] !== made[1] && differ++ < 5) process.stdout.write(`different: ${s.file}\n`);
    });
  }
  const counted = sources.length * (passes - 1);
  const row = (stage, before, after) =>
    `${stage.padEnd(11)} ${(before / counted).toFixed(3).padStart(7)} ${(after / counted).toFixed(3).padStart(7)}` +
    ` ${`${((after / before - 1) * 100).toFixed(1)} %`.padStart(8)}\n`;
  process.stdout.write(`stage        before   after  (ms an article, ${sources.length} articles)\n`);
  let [before, after] = [0, 0];
  for (const stage of Object.keys(times[0])) {
    process.stdout.write(row(stage, times[0][stage], times[1][stage]));
    before += times[0][stage];
    after += times[1][stage];
  }
  process.stdout.write(row('all', before, after));
  process.stdout.write(`${differ} of ${sources.length} articles made differently\n`);
  if (differ > 0 && !options.changes) process.exitCode = 1;
}

main();
