import { SLACK } from '../../../src/messages';
import { sourceBlocks } from '../../../src/slack/listeners/events/appHomeOpened';
import type { SourceStatus } from '../../../src/sources/remoteSource';

const status = (over: Partial<SourceStatus>): SourceStatus => ({
  name: 'wire',
  kind: 'ninjs',
  lastPoll: '2026-12-01T06:00:00.000Z',
  lastSuccess: '2026-12-01T06:00:00.000Z',
  articles: 12,
  new: 0,
  updated: 0,
  removed: 0,
  held: 0,
  error: null,
  ...over,
});

const textOf = (statuses: SourceStatus[]) => JSON.stringify(sourceBlocks({ sources: () => statuses }));

describe("App Home's sources", () => {
  it('lists nothing when no sources are known', () => {
    expect(sourceBlocks({})).toEqual([]);
    expect(sourceBlocks({ sources: () => [] })).toEqual([]);
  });

  it('gives each source its articles, last fetch and embargoed items', () => {
    const text = textOf([status({ held: 2 })]);
    expect(text).toContain(SLACK.homeSourcesHead);
    expect(text).toContain('*wire* (ninjs): 12 articles, last fetched 2026-12-01 06:00 UTC, 2 held');
    expect(text).not.toContain(':warning:');
  });

  it('flags a source whose last poll failed, with the reason cut short and escaped', () => {
    const error = `HTTP 503 from <https://wire.example>${' and more'.repeat(100)}`;
    const text = textOf([status({ name: 'city_desk', error, lastSuccess: null })]);
    expect(text).toContain('last fetched never');
    expect(text).toContain(':warning: the last poll failed: HTTP 503 from &lt;https://wire.example&gt;');
    expect(text.length).toBeLessThan(700);
  });
});
