import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliUsage } from '../../src/cli/usage';
import { commandList } from '../../src/commands';
import { MSG } from '../../src/messages';
import { badCorpus } from '../support/badCorpus';
import { cli, SEED_CORPUS } from '../support/cli';
import { tempDir } from '../support/tmp';

const seed = () => ['--corpus', SEED_CORPUS, '--data', tempDir()];

describe('newsdesk search', () => {
  it('prints exactly one JSON document with --json, the timeshare paragraph first', async () => {
    const run = await cli(['search', 'timeshare fraud', ...seed(), '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.query).toBe('timeshare fraud');
    expect(answer.hits[0].citation).toMatchObject({
      articleId: 'rollingstone-attack-plans-mexico',
      paragraph: 25,
    });
    expect(typeof answer.hits[0].score).toBe('number');
  });

  it('joins unquoted words into one query and honours --limit', async () => {
    const run = await cli(['search', 'Sheinbaum', 'sovereignty', '--limit', '2', ...seed(), '--json']);
    const answer = JSON.parse(run.stdout);
    expect(answer.query).toBe('Sheinbaum sovereignty');
    expect(answer.hits).toHaveLength(2);
  });

  it('prints readable text with a numbered citation without --json', async () => {
    const run = await cli(['search', 'timeshare', 'fraud', ...seed()]);
    expect(run.stdout).toContain(MSG.hitsHeading(1, 'timeshare fraud'));
    expect(run.stdout).toContain('[1] One of the six designated cartels');
    expect(run.stdout).toContain(
      'Rolling Stone · Thu 14 Aug 2025 · paragraph 25 · Team Trump Is Actually Drawing Up Attack Plans for Mexico',
    );
  });

  it('answers "not found" with exit 0', async () => {
    const run = await cli(['search', 'Love Music', ...seed()]);
    expect(run).toMatchObject({ code: 0, stdout: `${MSG.noHits('Love Music')}\n` });
  });

  it('refuses an empty query with exit 1 and a one-line reason on stderr', async () => {
    const run = await cli(['search', ...seed()]);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `newsdesk: ${MSG.emptyQuery('search', 'timeshare fraud')}\n`,
    });
  });
});

describe('newsdesk index', () => {
  it('prints articles, passages, skipped files with reasons and time taken, and exits 0', async () => {
    const run = await cli(['index', '--corpus', badCorpus(), '--data', tempDir(), '--json']);
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats).toMatchObject({ articles: 2, snapshot: 'built' });
    expect(stats.passages).toBeGreaterThan(0);
    expect(typeof stats.seconds).toBe('number');
    expect(stats.skipped.map((s: { file: string }) => s.file).sort()).toEqual([
      'binary.md',
      'empty.txt',
      'garbled.txt',
      'huge.md',
      'passwd.txt',
    ]);
    expect(run.stderr.match(/newsdesk warn: skipped/g)).toHaveLength(5);
  });

  it('says at debug level that a second run reused the snapshot', async () => {
    const args = ['index', ...seed()];
    await cli(args);
    const second = await cli(args, { env: { LOG_LEVEL: 'debug' } });
    expect(second.stderr).toContain('reused the index snapshot: all 5 articles unchanged');
    expect(second.stdout).toContain('Snapshot reused: 5 unchanged, 0 (re)indexed, 0 removed.');
  });
});

describe('exit codes and usage', () => {
  it('exits 2 when the corpus folder cannot be read', async () => {
    const run = await cli(['search', 'x', '--corpus', join(tempDir(), 'missing'), '--data', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^newsdesk: cannot read the corpus folder .*missing: ENOENT\n$/);
  });

  it('rejects an unknown command, an unknown option and a bad --limit with exit 1', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({
      code: 1,
      stderr: `newsdesk: ${MSG.unknownCommand('frobnicate')}\n`,
    });
    expect((await cli(['search', 'x', '--verbose'])).stderr).toMatch(/^newsdesk: Unknown option '--verbose'/);
    expect((await cli(['search', 'x', '--limit', 'ten'])).stderr).toBe(`newsdesk: ${MSG.badLimit('ten')}\n`);
    expect((await cli([])).code).toBe(1);
  });

  it('names the variable when the configuration is bad', async () => {
    const run = await cli(['search', 'x', ...seed()], { env: { LOG_LEVEL: 'loud' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'newsdesk: configuration: LOG_LEVEL: must be one of debug, info, warn, error, got "loud"\n',
    );
  });

  it('prints usage on --help with exit 0', async () => {
    expect(await cli(['--help'])).toEqual({ code: 0, stdout: `${cliUsage(commandList())}\n`, stderr: '' });
  });

  it('serve without SLACK_BOT_TOKEN runs the console', async () => {
    const local = await cli(['serve', ...seed()], { stdin: 'search timeshare fraud\n' });
    expect(local.code).toBe(0);
    expect(local.stdout).toContain('paragraph 25');
  });

  it('serve in HTTP mode without a signing secret stops with one line naming the variable and where to get it', async () => {
    for (const secret of [undefined, '']) {
      const env = {
        SLACK_BOT_TOKEN: 'xoxb-1-secret',
        ...(secret !== undefined && { SLACK_SIGNING_SECRET: secret }),
      };
      const run = await cli(['serve', ...seed()], { env });
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^newsdesk: SLACK_SIGNING_SECRET is not set: .*Basic Information/);
      expect(run.stderr).not.toContain('xoxb-1-secret');
    }
  });
});

describe('newsdesk quotes', () => {
  it('prints every quote with offsets into the file as stored, speaker and mention', async () => {
    const file = join(SEED_CORPUS, 'latintimes-attack-plans-cartels.txt');
    const run = await cli(['quotes', file, '--json']);
    expect(run.code).toBe(0);
    const { articles } = JSON.parse(run.stdout);
    expect(articles).toHaveLength(1);
    expect(articles[0].articleId).toBe('latintimes-attack-plans-cartels');
    const raw = require('node:fs').readFileSync(file, 'utf8');
    for (const q of articles[0].quotes) {
      expect(raw.slice(q.start, q.end)).toBe(q.text);
      if (q.mentionStart !== null) expect(raw.slice(q.mentionStart, q.mentionEnd)).toBe(q.mention);
    }
    const hegseth = articles[0].quotes.find((q: { text: string }) =>
      q.text.includes("I can't reveal anything"),
    );
    expect(hegseth).toMatchObject({ speaker: 'Pete Hegseth', mention: 'the official', cue: 'claimed' });
  });

  it('reads a whole folder, one entry per article', async () => {
    const run = await cli(['quotes', SEED_CORPUS, '--json']);
    expect(JSON.parse(run.stdout).articles).toHaveLength(5);
  });

  it('needs a path (exit 1) and says when it cannot be read (exit 2)', async () => {
    expect(await cli(['quotes'])).toMatchObject({
      code: 1,
      stderr: `newsdesk: ${MSG.needsPath('quotes')}\n`,
    });
    expect((await cli(['quotes', '/nonexistent/folder'])).code).toBe(2);
  });
});

describe('newsdesk checkquotes', () => {
  it('checks every quotation of a draft file: verdict, speaker, first printed', async () => {
    const draft = join(tempDir(), 'draft.txt');
    writeFileSync(
      draft,
      [
        '“It is really easy to get the United States into a war and very hard to get us out,” said Geoffrey Corn.',
        '“It is a negotiating tactic,” a senior official told the paper.',
        '“The ferry will run on a reduced schedule until June,” said Pia Lindqvist.',
      ].join('\n\n'),
    );
    const run = await cli(['checkquotes', draft, ...seed(), '--json']);
    expect(run.code).toBe(0);
    const { quotes } = JSON.parse(run.stdout);
    expect(quotes.map((q: { verdict: string }) => q.verdict)).toEqual(['exact', 'differs', 'not-found']);
    expect(quotes[0]).toMatchObject({
      draftSpeaker: 'Geoffrey Corn',
      speaker: 'Geoffrey Corn',
      speakerMatches: true,
    });
    expect(quotes[0].firstPrinted.articleId).toBeDefined();
    expect(quotes[1].differences).toContain('not');
    expect(quotes[2]).toMatchObject({
      speaker: null,
      speakerMatches: null,
      firstPrinted: null,
      citations: [],
    });
  });
});

describe('newsdesk whosaid', () => {
  it('prints the contract shape with --json', async () => {
    const run = await cli([
      'whosaid',
      'really easy to get the United States into a war',
      ...seed(),
      '--json',
    ]);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ found: true, speaker: 'Geoffrey Corn', conflict: false });
    expect(Object.keys(answer.attributions[0]).sort()).toEqual(
      ['citation', 'match', 'mention', 'named', 'quote', 'role', 'score', 'speaker'].sort(),
    );
  });

  it('states the conclusion in its own line before the quote and its citations', async () => {
    const run = await cli(['whosaid', 'When your only tool is a hammer', ...seed()]);
    expect(run.stdout.split('\n')[0]).toBe(
      'Geoffrey Corn, director of the Center for Military Law and Policy at Texas Tech University School of Law, said:',
    );
    expect(run.stdout).toContain('Rolling Stone · Thu 14 Aug 2025 · paragraph 15');
  });

  it('exits 0 with "not found" and suggestions; 1 with a reason for an empty or overlong query', async () => {
    const notFound = await cli(['whosaid', 'Make America great again', ...seed()]);
    expect(notFound.code).toBe(0);
    expect(notFound.stdout).toContain(MSG.notFoundQuote('Make America great again'));
    expect(await cli(['whosaid', ...seed()])).toMatchObject({
      code: 1,
      stderr: `newsdesk: ${MSG.emptyQuery('whosaid', 'really easy to get the United States into a war')}\n`,
    });
    const long = await cli(['whosaid', 'a'.repeat(5000), ...seed()]);
    expect(long).toMatchObject({ code: 1, stderr: `newsdesk: ${MSG.queryTooLong(5000, 1000)}\n` });
  });
});

describe('newsdesk dates', () => {
  const file = join(SEED_CORPUS, 'mhtntimes-ready-to-invade.txt');

  it('prints every expression with offsets, type and value, relative to the article date', async () => {
    const run = await cli(['dates', file, '--json']);
    expect(run.code).toBe(0);
    const [article] = JSON.parse(run.stdout).articles;
    expect(article).toMatchObject({ articleId: 'mhtntimes-ready-to-invade', published: '2025-08-15' });
    const raw = require('node:fs').readFileSync(file, 'utf8');
    for (const e of article.expressions) expect(raw.slice(e.start, e.end)).toBe(e.text);
    const byText = Object.fromEntries(
      article.expressions.map((e: { text: string; value: string }) => [e.text, e.value]),
    );
    expect(byText).toMatchObject({
      'Late last month': '2025-07',
      'another 90 days': 'P90D',
      January: '2025-01',
    });
  });

  it('takes another reference date from --published, and refuses a malformed one', async () => {
    const run = await cli(['dates', file, '--published', '2026-03-01', '--json']);
    const [article] = JSON.parse(run.stdout).articles;
    expect(article.published).toBe('2026-03-01');
    expect(article.expressions.find((e: { text: string }) => e.text === 'Late last month').value).toBe(
      '2026-02',
    );
    expect(await cli(['dates', file, '--published', 'March 1'])).toMatchObject({
      code: 1,
      stderr: `newsdesk: ${MSG.badPublished('March 1')}\n`,
    });
  });
});

describe('newsdesk timeline', () => {
  it('prints the contract shape with --json and a dated list without', async () => {
    const json = JSON.parse((await cli(['timeline', 'tariff', ...seed(), '--json'])).stdout);
    expect(json).toMatchObject({ topic: 'tariff', events: [{ date: '2025-07', granularity: 'month' }] });
    const text = (await cli(['timeline', 'tariff', ...seed()])).stdout;
    expect(text).toContain(MSG.timelineHeadingTop(1, 1, 'tariff'));
    expect(text).toContain('July 2025            Late last month, Trump and Sheinbaum agreed');
  });

  it('says "no dated events found" for a topic that matches nothing, exit 0', async () => {
    const run = await cli(['timeline', 'gender equality', ...seed()]);
    expect(run).toMatchObject({ code: 0, stdout: `${MSG.noEvents('gender equality')}\n` });
  });
});

describe('newsdesk ask', () => {
  it('prints { question, intent, answer } with --json', async () => {
    const json = JSON.parse((await cli(['ask', 'What is the tariff timeline?', ...seed(), '--json'])).stdout);
    expect(json).toMatchObject({ question: 'What is the tariff timeline?', intent: 'timeline', found: true });
    expect(json.answer.events[0].date).toBe('2025-07');
  });

  it('marks the answer words in readable text, and says when it cannot answer', async () => {
    const found = await cli(['ask', 'How much is the bounty on El Mencho?', ...seed()]);
    expect(found.stdout).toContain('a reward of *$10 million* for information');
    const missing = await cli(['ask', 'What is the capital of France?', ...seed()]);
    expect(missing).toMatchObject({ code: 0 });
    expect(missing.stdout.startsWith(`${MSG.cannotAnswer}\n`)).toBe(true);
  });
});
