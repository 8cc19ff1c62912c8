import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Digest } from '../../src/digest/compose';
import { DigestLedger, LEDGER_FILE, ledgerKey } from '../../src/digest/ledger';
import {
  type DigestPoster,
  digestMarker,
  type PublishOptions,
  publishDigest,
} from '../../src/digest/publish';
import { createMemoryLogger } from '../../src/logger';
import { tempDir } from '../support/tmp';

const DIGEST: Digest = {
  since: '2025-08-14',
  until: '2025-08-15',
  stories: [
    {
      headline: 'Attack plans',
      summary: 'A directive was signed.',
      outlets: [],
      articles: [],
      quotes: [],
      rules: [],
    },
  ],
  mostQuoted: [],
  undated: [],
};

function poster(history: string[] = []) {
  const posted: string[] = [];
  const p: DigestPoster = {
    post: async (_channel, message) => {
      posted.push(message.text);
      return `ts-${posted.length}`;
    },
    findPosted: async (_channel, marker) => (history.some((t) => t.includes(marker)) ? 'ts-found' : null),
  };
  return { p, posted };
}

function options(dataDir: string, p: DigestPoster, over: Partial<PublishOptions> = {}) {
  const logger = createMemoryLogger();
  const o: PublishOptions = {
    ledger: new DigestLedger(dataDir, logger),
    poster: p,
    logger,
    channel: 'C1',
    day: '2025-08-15',
    digest: DIGEST,
    render: (d, marker) => ({ text: `${marker}: ${d.stories.length}`, blocks: [] }),
    whenEmpty: 'note',
    now: () => new Date('2025-08-15T08:00:00Z'),
    ...over,
  };
  return { o, lines: logger.lines };
}

describe('publishDigest', () => {
  it('posts once; a restart after posting posts nothing and says so', async () => {
    const dir = tempDir();
    const { p, posted } = poster();
    expect(await publishDigest(options(dir, p).o)).toEqual({ posted: true, reason: 'posted', ts: 'ts-1' });
    expect(await publishDigest(options(dir, p).o)).toMatchObject({ posted: false, reason: 'already-posted' });
    expect(posted).toEqual(['newsdesk digest · 2025-08-15: 1']);
  });

  it('after a crash between claim and post: recognises the digest already in the channel and does not repost', async () => {
    const dir = tempDir();
    await new DigestLedger(dir, createMemoryLogger()).claim(
      ledgerKey('C1', '2025-08-15'),
      DIGEST,
      new Date(),
    );
    const { p, posted } = poster([`${digestMarker('2025-08-15')}: 1`]);
    expect(await publishDigest(options(dir, p).o)).toEqual({ posted: false, reason: 'recovered' });
    expect(posted).toEqual([]);
    expect(await publishDigest(options(dir, p).o)).toMatchObject({ reason: 'already-posted' });
  });

  it('after a crash between claim and post: posts once when the channel does not have it', async () => {
    const dir = tempDir();
    await new DigestLedger(dir, createMemoryLogger()).claim(
      ledgerKey('C1', '2025-08-15'),
      DIGEST,
      new Date(),
    );
    const { p, posted } = poster([]);
    expect(await publishDigest(options(dir, p).o)).toMatchObject({ posted: true });
    expect(await publishDigest(options(dir, p).o)).toMatchObject({ posted: false, reason: 'already-posted' });
    expect(posted).toHaveLength(1);
  });

  it('a day with nothing new posts a one-line note, or nothing when DIGEST_EMPTY is silent', async () => {
    const empty = { ...DIGEST, stories: [] };
    const noted = poster();
    expect(await publishDigest(options(tempDir(), noted.p, { digest: empty }).o)).toMatchObject({
      posted: true,
    });
    const silent = poster();
    expect(
      await publishDigest(options(tempDir(), silent.p, { digest: empty, whenEmpty: 'silent' }).o),
    ).toEqual({
      posted: false,
      reason: 'nothing-new',
    });
    expect(silent.posted).toEqual([]);
  });

  it('sets a corrupt ledger aside with a warning, and carries on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LEDGER_FILE), '{ not json');
    const { o, lines } = options(dir, poster().p);
    expect(await publishDigest(o)).toMatchObject({ posted: true });
    expect(lines.join('\n')).toMatch(/digest ledger .* is unreadable .* set aside/);
    expect(readdirSync(dir).some((f) => f.startsWith(`${LEDGER_FILE}.corrupt-`))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, LEDGER_FILE), 'utf8')).entries['C1|2025-08-15'].state).toBe(
      'posted',
    );
  });

  it('does not post, with a warning, when the ledger cannot be written', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const { p, posted } = poster();
    const { o, lines } = options(join(file, 'data'), p);
    expect(await publishDigest(o)).toEqual({ posted: false, reason: 'ledger-unwritable' });
    expect(posted).toEqual([]);
    expect(lines.join('\n')).toMatch(/cannot write the digest ledger .*not posting, to avoid a duplicate/);
  });
});
