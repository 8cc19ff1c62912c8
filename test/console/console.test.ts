import { Readable } from 'node:stream';
import { consoleHelp, createConsoleHandler, runConsole } from '../../src/console/console';
import { parseArticle } from '../../src/corpus/parseArticle';
import { CONSOLE, MSG } from '../../src/messages';
import { archiveOf } from '../support/archive';
import { servicesFor } from '../support/services';

function handler() {
  const text =
    '---\ntitle: "Library hours"\noutlet: "The Riverton Ledger"\npublished: 2025-04-02\n---\n\n' +
    'The library will open on Sundays starting in May, Director Alan Brooks said Monday.';
  const archive = archiveOf(parseArticle({ id: 'library', file: 'library.md', text }).article);
  return createConsoleHandler(servicesFor(archive));
}

async function session(input: string, isTTY: boolean) {
  let out = '';
  await runConsole({ input: Readable.from([input]), write: (t) => (out += t), isTTY }, 'BANNER', handler());
  return out;
}

describe('console handler', () => {
  it('answers a search with numbered citations', async () => {
    const reply = await handler()('search library Sundays');
    expect(reply.quit).toBe(false);
    expect(reply.text).toContain('[1] The library will open on Sundays');
    expect(reply.text).toContain('The Riverton Ledger · Wed 2 Apr 2025 · paragraph 1 · Library hours');
  });

  it('says so when nothing matches, and when a query is empty', async () => {
    expect((await handler()('search ferry')).text).toBe(MSG.noHits('ferry'));
    expect((await handler()('search')).text).toBe(MSG.emptyQuery('search', 'timeshare fraud'));
  });

  it('answers /digest with the digest, and refuses a malformed date', async () => {
    const digest = async ({ since }: { since?: string | undefined }) => ({
      since: since ?? '2025-04-01',
      until: '2025-04-02',
      stories: [],
      mostQuoted: [],
      undated: [],
    });
    const withDigest = (line: string) => createConsoleHandler(servicesFor(archiveOf(), { digest }))(line);
    expect((await withDigest('/digest since 2025-03-01')).text).toBe(
      MSG.digestNothing('2025-03-01', '2025-04-02'),
    );
    expect((await withDigest('/digest since tuesday')).text).toBe(MSG.badSince('tuesday'));
  });
});

describe('runConsole', () => {
  it('with piped input: banner, each line echoed and answered, ends at end of input', async () => {
    const out = await session('search Sundays\nhelp\n', false);
    expect(out.startsWith('BANNER\n\n')).toBe(true);
    expect(out).toContain(`${CONSOLE.prompt}search Sundays\n1 passage for "Sundays":`);
    expect(out).toContain(consoleHelp());
  });

  it('stops at quit and ignores what follows', async () => {
    const out = await session('quit\nsearch Sundays\n', false);
    expect(out).toContain(CONSOLE.goodbye);
    expect(out).not.toContain('passage for');
  });

  it('prompts on a terminal', async () => {
    const out = await session('search Sundays\n', true);
    expect(out).toBe(
      `BANNER\n\n${CONSOLE.prompt}${(await handler()('search Sundays')).text}\n\n${CONSOLE.prompt}`,
    );
  });
});
