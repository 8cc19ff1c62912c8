/**
 * Issue 13, item 7: a draft with five quotations — exact, one word changed, "not" removed, the wrong speaker
 * named, not in the archive — gets the five right verdicts in every surface: the CLI (JSON and text), the console
 * and the Slack slash command.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandNamed } from '../../src/commands';
import { createConsoleHandler } from '../../src/console/console';
import { parseArticle } from '../../src/corpus/parseArticle';
import { MSG } from '../../src/messages';
import { slashCommand } from '../../src/slack/listeners/commands/slashCommand';
import { blocksText, fakeDeps, recorder } from '../slack/listeners/fakes';
import { archiveOf } from '../support/archive';
import { cli } from '../support/cli';
import { servicesFor } from '../support/services';
import { tempDir } from '../support/tmp';

const ARTICLES = [
  {
    id: 'ledger-levee',
    front: 'outlet: "The Riverton Ledger"\npublished: 2024-04-02',
    body: '“The levee on the north bank will hold through the spring floods,” said Dana Whitlock, the county engineer.\n\n“We are not going to evacuate the river district this week,” Mayor Ines Calder said on Tuesday.',
  },
  {
    id: 'courier-levee',
    front: 'outlet: "The Valley Courier"\npublished: 2024-04-05',
    body: '“Every family on Mill Street will get sandbags by Friday morning,” Omar Haddad, the fire chief, said.',
  },
];

const fileText = (a: (typeof ARTICLES)[number]) => `---\ntitle: null\n${a.front}\n---\n${a.body}\n`;

/** One line, so the console reads it whole: the five quotations in the order of the verdicts below. */
const DRAFT = [
  'Dana Whitlock said: “The levee on the north bank will hold through the spring floods.”',
  '“Every family on Mill Street will get sandbags by Friday night,” said Omar Haddad.',
  '“We are going to evacuate the river district this week,” Mayor Ines Calder said.',
  '“Every family on Mill Street will get sandbags by Friday morning,” Dana Whitlock said.',
  '“The ferry will run on a reduced schedule until June,” said Pia Lindqvist.',
].join(' ');

const VERDICTS = [
  ['exact', true],
  ['close', true],
  ['differs', true],
  ['exact', false],
  ['not-found', null],
];

/** The verdict lines every surface prints, in order. */
const VERDICT_TEXTS = [
  MSG.checkVerdict.exact,
  MSG.checkVerdict.close,
  MSG.checkVerdict.differs,
  MSG.checkVerdict.exact,
  MSG.checkVerdict['not-found'],
] as string[];

function inOrder(text: string, parts: string[]): void {
  let at = 0;
  for (const part of parts) {
    const next = text.indexOf(part, at);
    expect({ part, found: next >= 0 }).toEqual({ part, found: true });
    at = next + part.length;
  }
}

function corpusDir(): string {
  const dir = tempDir();
  for (const a of ARTICLES) writeFileSync(join(dir, `${a.id}.md`), fileText(a));
  return dir;
}

function services() {
  const articles = ARTICLES.map(
    (a) => parseArticle({ id: a.id, file: `${a.id}.md`, text: fileText(a) }).article,
  );
  return servicesFor(archiveOf(...articles));
}

describe('checkquotes on a five-quotation draft, in every surface', () => {
  it('CLI --json: five verdicts, the speakers compared, "not" and the changed word listed', async () => {
    const draft = join(tempDir(), 'draft.txt');
    writeFileSync(draft, DRAFT);
    const run = await cli(['checkquotes', draft, '--corpus', corpusDir(), '--data', tempDir(), '--json']);
    expect(run.code).toBe(0);
    const { quotes } = JSON.parse(run.stdout);
    expect(
      quotes.map((q: { verdict: string; speakerMatches: boolean | null }) => [q.verdict, q.speakerMatches]),
    ).toEqual(VERDICTS);
    expect(quotes[1].differences).toEqual(expect.arrayContaining(['night', 'morning']));
    expect(quotes[2].differences).toEqual(['not']);
    expect(quotes[3]).toMatchObject({ draftSpeaker: 'Dana Whitlock', speaker: 'Omar Haddad' });
    expect(quotes[4]).toMatchObject({ speaker: null, firstPrinted: null });
  });

  it('CLI text from standard input: the five verdicts in order', async () => {
    const run = await cli(['checkquotes', '-', '--corpus', corpusDir(), '--data', tempDir()], {
      stdin: DRAFT,
    });
    expect(run.code).toBe(0);
    inOrder(run.stdout, VERDICT_TEXTS);
    expect(run.stdout).toContain(MSG.checkSpeaker('Dana Whitlock', 'Omar Haddad', false));
  });

  it('console: /checkquotes gives the five verdicts in order', async () => {
    const reply = await createConsoleHandler(services())(`/checkquotes ${DRAFT}`);
    inOrder(reply.text, VERDICT_TEXTS);
    expect(reply.text).toContain("'not'");
    expect(reply.text).toContain(MSG.checkSpeaker('Dana Whitlock', 'Omar Haddad', false));
  });

  it('Slack: /checkquotes answers once with the five verdicts in order', async () => {
    const command = commandNamed('checkquotes');
    if (!command) throw new Error('no checkquotes command');
    const r = recorder();
    await slashCommand(
      command,
      fakeDeps({}, services()).deps,
    )({ command: { text: DRAFT, user_id: 'U1' }, ack: r.fn('ack'), respond: r.fn('respond') } as never);
    const replies = r.calls.filter((c) => c.name === 'respond');
    expect(replies).toHaveLength(1);
    const text = blocksText(replies[0]?.args).replace(/\\"/g, '"');
    inOrder(text, VERDICT_TEXTS);
    expect(text).toContain('Omar Haddad');
  });
});
