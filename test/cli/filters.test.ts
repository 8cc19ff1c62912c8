/** The command line's filter options filter (they were once accepted and ignored), and bad ones are refused. */
import { cli, SEED_CORPUS } from '../support/cli';
import { tempDir } from '../support/tmp';

const data = tempDir();
const run = (...args: string[]) => cli([...args, '--corpus', SEED_CORPUS, '--data', data, '--json']);

describe('filters on the command line', () => {
  it('search --since and --outlet keep only the articles they let through, and the answer says so', async () => {
    const all = JSON.parse((await run('search', 'cartel', '--limit', '20')).stdout);
    const days = all.hits.map((h: { citation: { published: string } }) => h.citation.published);
    const cut = [...days].sort()[Math.floor(days.length / 2)] as string;
    expect(new Set(days).size).toBeGreaterThan(1);
    const since = JSON.parse((await run('search', 'cartel', '--limit', '20', '--since', cut)).stdout);
    expect(since.filters).toEqual([{ name: 'since', typed: cut, value: cut, rule: 'iso-day' }]);
    expect(since.hits.length).toBeGreaterThan(0);
    for (const h of since.hits) expect(h.citation.published >= cut).toBe(true);
    const outlet = JSON.parse((await run('search', 'cartel outlet:"Rolling Stone"')).stdout);
    for (const h of outlet.hits) expect(h.citation.outlet).toBe('Rolling Stone');
  });

  it('refuses a bad date and an unknown filter, naming them, and filters a command does not take', async () => {
    const bad = await run('search', 'cartel', '--since', '2025-13-45');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('2025-13-45');
    const unknown = await run('timeline', 'cartel colour:red');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('"colour"');
    const digest = await run('digest', '--outlet', 'Rolling Stone');
    expect(digest.code).not.toBe(0);
    expect(digest.stderr).toContain('--outlet');
  });
});
