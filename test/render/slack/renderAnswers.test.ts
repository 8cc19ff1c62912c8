import { SLACK } from '../../../src/messages';
import {
  MAX_BLOCKS,
  MAX_SECTION_CHARS,
  MAX_TOTAL_CHARS,
  quoteBlock,
  section,
  shareButton,
} from '../../../src/render/slack/blocks';
import {
  askMessage,
  citationLine,
  digestMessage,
  plainMessage,
  profileMessage,
  type SlackMessage,
  searchMessage,
  timelineMessage,
  whoSaidMessage,
} from '../../../src/render/slack/renderAnswers';
import * as make from '../../support/answers';

const all = (m: SlackMessage) => JSON.stringify(m.blocks);

function withinLimits(m: SlackMessage): void {
  expect(m.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
  expect(JSON.stringify(m.blocks).length).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
  for (const b of m.blocks) {
    const text = (b as { text?: { text?: string } }).text?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(MAX_SECTION_CHARS);
  }
  expect(m.text.length).toBeGreaterThan(0);
  expect(m.text.length).toBeLessThanOrEqual(3000);
}

const tail = [shareButton('{"c":"/whosaid","q":"ferry"}')];
const endsWithTail = (m: SlackMessage) => expect(m.blocks.at(-1)).toEqual(tail[0]);

describe('Slack renderers, every answer kind', () => {
  it('who said: the conclusion first, then the quote, each source cited with its link, then the tail', () => {
    const m = whoSaidMessage(make.whoSaid(), tail);
    expect((m.blocks[0] as unknown as { text: { text: string } }).text.text).toBe(
      `${SLACK.said('Mara Voss', 'the council treasurer')}\n_${SLACK.matchExact}_`,
    );
    expect(m.blocks[1]).toEqual(quoteBlock(make.whoSaid().attributions[0]?.quote ?? ''));
    expect(all(m)).toContain(
      '<https://ledger.example/ferry-1|The Riverton Ledger 1> · Wed 12 Mar 2025 · paragraph 1',
    );
    expect(all(m)).toContain(SLACK.as('Voss'));
    expect(m.text).toMatch(/^Mara Voss, the council treasurer, said:/);
    endsWithTail(m);
  });

  it('who said: sources that disagree are flagged; not found says so and offers the closest passages', () => {
    const conflict = whoSaidMessage(
      make.whoSaid({
        conflict: true,
        attributions: make
          .whoSaid()
          .attributions.map((a, i) => (i === 1 ? { ...a, speaker: 'Ian Royce' } : a)),
      }),
    );
    expect(all(conflict)).toContain(':warning:');
    expect(all(conflict)).toContain('gives it to *Ian Royce*');
    const missing = whoSaidMessage(
      make.whoSaid({ found: false, speaker: null, attributions: [], suggestions: make.search(2).hits }),
    );
    expect(missing.text).toBe(SLACK.notFoundQuote('ferry will run until midnight'));
    expect(all(missing)).toContain(SLACK.closest);
  });

  it('search, timeline (with undated lines) and their empty answers', () => {
    expect(all(searchMessage(make.search(2)))).toContain(SLACK.hitsHeading(2, 'ferry schedule'));
    expect(searchMessage({ query: 'tram', hits: [] }, tail).text).toBe(SLACK.noHits('tram'));
    const t = timelineMessage(make.timeline(2), tail);
    expect(all(t)).toContain('*Sat 1 Mar 2025*');
    expect(all(t)).toContain(SLACK.undated.replace(/\*/g, ''));
    endsWithTail(t);
    expect(timelineMessage({ topic: 'tram', events: [], pageSize: 10, undated: [] }).text).toBe(
      SLACK.noEvents('tram'),
    );
  });

  it('ask: each intent drawn as its own answer, a factoid with its answering words in bold', () => {
    const kinds = make.askKinds();
    expect(all(askMessage(kinds.whosaid))).toContain('*Mara Voss*');
    expect(all(askMessage(kinds.timeline))).toContain('dated events');
    if (kinds.timeline.intent !== 'timeline') throw new Error('fixture');
    const fallback = askMessage({ ...kinds.timeline, noDatePrinted: true });
    expect(fallback.blocks[0]).toEqual(section(SLACK.noDatePrinted));
    expect(all(askMessage(kinds.timeline))).not.toContain(SLACK.noDatePrinted);
    expect(all(askMessage(kinds.profile))).toContain(SLACK.profileHeading('Mara Voss'));
    expect(all(askMessage(kinds.search))).toContain('passages for');
    const factoid = askMessage(kinds.factoid);
    expect(all(factoid)).toContain('A ticket costs *$4* each way.');
    expect(all(factoid)).toContain(`${SLACK.alsoPrinted} Riders pay *$4* a trip.`);
    if (kinds.factoid.intent !== 'factoid') throw new Error('fixture');
    const when = askMessage({
      ...kinds.factoid,
      answer: { ...kinds.factoid.answer, date: { value: '2025-03-11', articles: 2, rule: 'weekday' } },
    });
    expect(all(when)).toContain(SLACK.whenDate('Tue 11 Mar 2025', 2));
    expect(all(factoid)).not.toContain(', as ');
    const other = {
      sentence: 'A ticket costs $5.',
      highlights: [{ start: 15, end: 17, text: '$5' }],
      citation: make.citation(3),
    };
    const differing = askMessage({
      ...kinds.factoid,
      answer: { ...kinds.factoid.answer, otherFigures: [other] },
    });
    expect(all(differing)).toContain(SLACK.otherFigures);
    expect(all(differing)).toContain('A ticket costs *$5*.');
    expect(all(factoid)).not.toContain(SLACK.otherFigures);
    const notFound = askMessage(kinds.notFound, tail);
    expect(notFound.text).toBe(SLACK.cannotAnswer);
    expect(all(notFound)).toContain('The Riverton Ledger 1');
    endsWithTail(notFound);
  });

  it('profile: roles and quotes cited; a person the archive does not know is said so plainly', () => {
    const p = profileMessage(make.profile(), tail);
    expect(all(p)).toContain('• the council treasurer');
    expect(all(p)).toContain('The ferry will run until midnight.');
    endsWithTail(p);
    expect(profileMessage(make.profile(false)).text).toBe(SLACK.noProfile('Mara Voss'));
  });

  it('profile: labelled parts, and the same quote from two outlets shown once with both citations', () => {
    const base = make.profile();
    const twice = {
      ...base,
      quotes: [
        { quote: '“The ferry will run until midnight.”', citation: make.citation(1) },
        { quote: '"The ferry will run until midnight"', citation: make.citation(2) },
      ],
    };
    const json = all(profileMessage(twice, tail));
    for (const label of [SLACK.profileRole, SLACK.profileInTheNews, SLACK.profileQuotes])
      expect(json).toContain(label);
    expect(json.split('ferry will run until midnight')).toHaveLength(2);
    expect(json).toContain('Ferry hours 1_\\n<https://ledger.example/ferry-2');
  });

  it('a citation is one line, with the readable date, and says "updated" when the article was', () => {
    const c = { ...make.citation(3), updated: '2025-03-14' };
    const line = citationLine(c);
    expect(line).toBe(
      '<https://ledger.example/ferry-3|The Riverton Ledger 3> · Wed 12 Mar 2025 · paragraph 3 · _Ferry hours 3_ · updated Fri 14 Mar 2025',
    );
    expect(line).not.toContain('\n');
  });

  it('digest: one item per story with its quotes and outlets, the marker, and an empty day as one line', () => {
    const d = digestMessage(make.digest(2), 'newsdesk digest · 2025-03-12', tail);
    expect(all(d)).toContain('*Ferry schedule story 2*');
    expect(all(d)).toContain('*Mara Voss*, council treasurer, said:');
    expect(all(d)).toContain('newsdesk digest · 2025-03-12');
    endsWithTail(d);
    const empty = digestMessage(make.digest(0), 'newsdesk digest · 2025-03-12');
    expect(empty.text).toBe(`newsdesk digest · 2025-03-12: ${SLACK.digestEmpty('2025-03-11 to 2025-03-12')}`);
  });

  it('escapes article text that would ping or link', () => {
    const m = plainMessage('Tell <!channel> about <@U123>');
    expect(all(m)).toContain('&lt;!channel&gt;');
    expect(all(m)).not.toContain('<!channel>');
  });
});

describe('Slack renderers at their largest', () => {
  it('a timeline whose events are each reported by 25 articles still shows its whole first page', () => {
    const answer = make.timeline(10);
    for (const e of answer.events) e.citations = Array.from({ length: 25 }, (_, i) => make.citation(i + 1));
    const m = timelineMessage(answer, tail);
    withinLimits(m);
    expect(all(m).match(/\*\w{3} \d+ Mar 2025\*/g)).toHaveLength(10);
    expect(all(m)).toContain(SLACK.moreReports(22));
  });

  it.each([
    ['who said, 80 attributions', () => whoSaidMessage(make.whoSaid({}, 80), tail)],
    ['search, 100 hits of 2,900 characters', () => searchMessage(make.search(100, 2900), tail)],
    ['search, one hit of 10,000 characters', () => searchMessage(make.search(1, 10_000), tail)],
    ['timeline, 120 events', () => timelineMessage(make.timeline(120), tail)],
    ['digest, 60 stories', () => digestMessage(make.digest(60), 'newsdesk digest · 2025-03-12', tail)],
    [
      'ask not found, 50 suggestions',
      () => askMessage({ ...make.askKinds().notFound, suggestions: make.search(50, 2000).hits }, tail),
    ],
  ])('%s: within 50 blocks, 3,000 characters a section, 12,000 in all, the tail kept', (_name, build) => {
    const m = build();
    withinLimits(m);
    endsWithTail(m);
  });

  it('says how many were left out', () => {
    expect(all(searchMessage(make.search(100, 2900)))).toMatch(/…and \d+ more not shown\./);
  });
});
