import type { AskAnswer } from '../../src/answers/ask';
import type { TimelineEvent } from '../../src/answers/timeline';
import { timelineCommand } from '../../src/commands/timeline';
import { MSG, SLACK } from '../../src/messages';
import { MAX_BLOCKS, MAX_TOTAL_CHARS } from '../../src/render/slack/blocks';
import { askMessage, timelineMessage } from '../../src/render/slack/renderAnswers';
import { renderAskText } from '../../src/render/text/renderAsk';
import { renderTimelineText } from '../../src/render/text/renderDates';
import { leftOutHint, stretchQuery, timelinePage } from '../../src/render/timelinePages';
import * as make from '../support/answers';

/** 80 events over 80 days; the most reported are spread over the year, the newest reported by one article. */
function eighty() {
  const answer = make.timeline(80);
  answer.events = answer.events.map((e, i): TimelineEvent => {
    const day = new Date(Date.UTC(2025, 0, 1 + i * 4)).toISOString().slice(0, 10);
    const reports = i === 79 ? 1 : ((i * 37) % 80) + 2;
    return { ...e, date: day, start: day, end: day, reports, citations: [make.citation(1)] };
  });
  const byReports = [...answer.events].sort((a, b) => b.reports - a.reports);
  for (const e of answer.events) e.rank = byReports.indexOf(e) + 1;
  return answer;
}

describe('timeline pages', () => {
  it('the first page has the most reported events and the newest one, in date order', () => {
    const answer = eighty();
    const first = timelinePage(answer, 0);
    expect(first).toMatchObject({ page: 0, pages: 8, total: 80 });
    expect(first.events).toHaveLength(10);
    const starts = first.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(first.events.map((e) => e.rank).filter((r) => r <= 9)).toHaveLength(9);
    expect(starts.at(-1)).toBe(answer.events.at(-1)?.start);
  });

  it('the pages together show every event exactly once, and a page past the end is the last', () => {
    const answer = eighty();
    const seen = Array.from({ length: 8 }, (_, p) => timelinePage(answer, p).events).flat();
    expect(new Set(seen).size).toBe(80);
    expect(timelinePage(answer, 99).page).toBe(7);
  });

  it('in Slack: a "Show more" button carries the words, the filters and the next page; the last page has none', () => {
    const answer = {
      ...eighty(),
      filters: [{ name: 'since' as const, typed: 'Aug 1', value: '2025-08-01' }],
    };
    const first = timelineMessage(answer, []);
    expect(first.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(JSON.stringify(first.blocks).length).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
    const button = first.blocks.find((b) => b.type === 'actions') as unknown as {
      elements: { action_id: string; value: string }[];
    };
    expect(button.elements[0]?.action_id).toBe(SLACK.moreActionId);
    expect(JSON.parse(button.elements[0]?.value ?? '')).toEqual({ q: 'ferry since:“Aug 1”', p: 1 });
    const last = timelineMessage({ ...answer, page: 7 }, []);
    expect(last.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(last.blocks)).toContain('page 8 of 8');
  });

  it('as text: the page, and how to see the next one', () => {
    const text = renderTimelineText(eighty());
    expect(text).toContain('80 dated events for "ferry": the 10 most reported');
    expect(text).toContain('70 more events: --page 2');
  });

  const stretch = {
    first: '2025-03-03',
    last: '2025-04-28',
    count: 17,
    since: '2025-03-03',
    until: '2025-04-30',
  };

  it('says how many reported days are not listed and how to list their busiest weeks, on the first page', () => {
    const answer = { ...eighty(), leftOut: { count: 23, busiest: stretch } };
    const query = 'ferry since:2025-03-03 until:2025-04-30';
    const line = MSG.timelineLeftOut(23, 17, 'Mon 3 Mar 2025', 'Mon 28 Apr 2025', query);
    expect(line).toContain(`for those weeks day by day: timeline ${query}`);
    expect(renderTimelineText(answer).split('\n')).toContain(line);
    expect(renderTimelineText({ ...answer, page: 1 })).not.toContain('not listed');
    expect(renderTimelineText(eighty())).not.toContain('not listed');
    const slack = timelineMessage(answer, []).blocks;
    const hint = slack.find((b) => b.type === 'context' && JSON.stringify(b).includes('not listed'));
    expect(JSON.stringify(hint)).toContain(`\`/timeline ${query}\``);
    expect(JSON.stringify(hint)).toContain('17 of them fall from Mon 3 Mar 2025 to Mon 28 Apr 2025');
    // Kept however many events the page holds, with a button that asks for those weeks, before "Show more".
    type Button = { action_id: string; value: string };
    const buttons = slack.flatMap((b) =>
      ((b as { elements?: Button[] }).elements ?? []).filter((e) => e.value),
    );
    expect(buttons.map((e) => e.action_id)).toEqual([SLACK.stretchActionId, SLACK.moreActionId]);
    expect(slack.indexOf(hint as never) + 1).toBe(
      slack.findIndex((b) => JSON.stringify(b).includes(SLACK.stretchActionId)),
    );
    expect(JSON.parse(buttons[0]?.value ?? '')).toEqual({ q: query, p: 0 });
    expect(JSON.stringify(timelineMessage({ ...answer, page: 1 }, []).blocks)).not.toContain('not listed');
  });

  it('the way to those weeks keeps the other filters and replaces the window; asked for them already, no hint', () => {
    const filters = [
      { name: 'since' as const, typed: 'Jan 1', value: '2025-01-01' },
      { name: 'outlet' as const, typed: 'Harbour Times', value: 'Harbour Times' },
    ];
    const answer = { ...eighty(), leftOut: { count: 9, busiest: stretch }, filters };
    const query = 'ferry outlet:“Harbour Times” since:2025-03-03 until:2025-04-30';
    expect(stretchQuery(answer, '2025-03-03', '2025-04-30')).toBe(query);
    expect(leftOutHint(answer)?.query).toBe(query);
    expect(renderTimelineText(answer)).toContain(`timeline ${query}`);
    const parsed = timelineCommand.parse({ text: query, page: 0 });
    expect(parsed.ok && parsed.input).toMatchObject({
      text: 'ferry',
      filters: { filter: { since: '2025-03-03', until: '2025-04-30', outlet: 'Harbour Times' } },
    });
    const window = (since: string, until: string) => [
      { name: 'since' as const, typed: since, value: since },
      { name: 'until' as const, typed: until, value: until },
    ];
    // Asked for those weeks, or for a window inside them, no hint: it would ask for the same window again. Asked
    // for a window reaching past them, the hint asks for the part of the stretch inside it: each one narrower.
    const hinted = (since: string, until: string) =>
      leftOutHint({ ...answer, filters: window(since, until) });
    expect(hinted('2025-03-03', '2025-04-30')).toBeNull();
    expect(hinted('2025-03-10', '2025-04-01')).toBeNull();
    expect(hinted('2025-03-01', '2025-04-30')?.query).toBe('ferry since:2025-03-03 until:2025-04-30');
    expect(hinted('2025-03-10', '2025-05-10')?.query).toBe('ferry since:2025-03-10 until:2025-04-30');
    expect(hinted('2025-05-01', '2025-05-10')).toBeNull();
  });

  it('a timeline /ask routed to keeps the filters it was asked with, in its hint and its buttons', () => {
    const filters = [{ name: 'outlet' as const, typed: 'Harbour Times', value: 'Harbour Times' }];
    const timeline = { ...eighty(), leftOut: { count: 9, busiest: stretch } };
    const asked = { ...make.askKinds().timeline, answer: timeline, filters } as AskAnswer & {
      filters: typeof filters;
    };
    const query = 'ferry outlet:“Harbour Times” since:2025-03-03 until:2025-04-30';
    expect(renderAskText(asked)).toContain(`timeline ${query}`);
    const values = JSON.stringify(askMessage(asked).blocks);
    expect(values).toContain(JSON.stringify(JSON.stringify({ q: query, p: 0 })).slice(1, -1));
    expect(values).toContain(
      JSON.stringify(JSON.stringify({ q: 'ferry outlet:“Harbour Times”', p: 1 })).slice(1, -1),
    );
  });

  it('shows the question in Slack escaped, a backtick in it as a quote', () => {
    const answer = { ...eighty(), topic: 'R&D <b> `x`', leftOut: { count: 9, busiest: stretch } };
    const hint = JSON.stringify(timelineMessage(answer, []).blocks.filter((b) => b.type === 'context'));
    expect(hint).toContain("`/timeline R&amp;D &lt;b&gt; 'x' since:2025-03-03 until:2025-04-30`");
  });

  it('a timeline with no events still points to the weeks its reports are in', () => {
    const answer = { ...make.timeline(0), leftOut: { count: 6, busiest: { ...stretch, count: 6 } } };
    expect(renderTimelineText(answer)).toContain('6 of them fall from');
    expect(JSON.stringify(timelineMessage(answer, []).blocks)).toContain(SLACK.stretchActionId);
  });

  it('labels an event every report of which came before its day as planned, in text and in Slack', () => {
    const answer = make.timeline(2);
    const [held, ahead] = answer.events as [TimelineEvent, TimelineEvent];
    answer.events = [held, { ...ahead, text: 'The ferry will stop for repairs on Sunday.', planned: true }];
    const lines = renderTimelineText(answer).split('\n');
    const at = lines.findIndex((l) => l.includes('will stop for repairs'));
    expect(lines[at + 1]?.trim()).toBe(MSG.plannedEvent);
    expect(lines.filter((l) => l.includes(MSG.plannedEvent))).toHaveLength(1);
    const slack = JSON.stringify(timelineMessage(answer, []).blocks);
    expect(slack).toContain(`*Sun 2 Mar 2025* ${SLACK.plannedEvent}  The ferry will stop`);
    expect(slack).toContain('*Sat 1 Mar 2025*  The commission voted');
  });

  it('marks the citations published before the day of an event that happened, and none of a planned one', () => {
    const answer = make.timeline(2);
    const [held, ahead] = answer.events as [TimelineEvent, TimelineEvent];
    const preview = { ...make.citation(2), planned: true as const };
    answer.events = [
      { ...held, citations: [make.citation(1), preview] },
      { ...ahead, planned: true, citations: [preview] },
    ];
    const text = renderTimelineText(answer).split('\n');
    expect(text.filter((l) => l.endsWith(` · ${MSG.citedAhead}`))).toHaveLength(1);
    const slack = JSON.stringify(timelineMessage(answer, []).blocks);
    expect(slack.split(SLACK.citedAhead)).toHaveLength(2);
  });
});
