import { MSG } from '../../../src/messages';
import { renderAskText } from '../../../src/render/text/renderAsk';
import { askKinds, citation } from '../../support/answers';

describe('renderAskText', () => {
  const { factoid } = askKinds();
  if (factoid.intent !== 'factoid') throw new Error('fixture');

  it('a factoid: the sentence with its answering words marked, then its citation', () => {
    const lines = renderAskText(factoid).split('\n');
    expect(lines[0]).toBe('A ticket costs *$4* each way.');
    expect(lines).toContain(MSG.alsoPrinted);
  });

  it('a "when" answer opens with the date as people write it and how many articles print it', () => {
    const when = {
      ...factoid,
      answer: { ...factoid.answer, date: { value: '2025-W11', articles: 1, rule: 'r' } },
    };
    const lines = renderAskText(when).split('\n');
    expect(lines[0]).toBe(MSG.whenDate('week of 10 Mar 2025', 1));
    expect(lines[0]).toBe('week of 10 Mar 2025, as 1 article prints it:');
    expect(lines[1]).toBe('A ticket costs *$4* each way.');
  });

  it('other figures come apart, under their own heading, never as the same fact printed again', () => {
    const other = {
      sentence: 'A ticket costs $5.',
      highlights: [{ start: 15, end: 17, text: '$5' }],
      citation: citation(3),
    };
    const text = renderAskText({ ...factoid, answer: { ...factoid.answer, otherFigures: [other] } });
    const lines = text.split('\n');
    expect(lines.indexOf(MSG.otherFigures)).toBeGreaterThan(lines.indexOf(MSG.alsoPrinted));
    expect(lines[lines.indexOf(MSG.otherFigures) + 1]).toBe('A ticket costs *$5*.');
  });

  it('a "when" question answered with a timeline says no sentence gave the date', () => {
    const { timeline } = askKinds();
    if (timeline.intent !== 'timeline') throw new Error('fixture');
    expect(renderAskText({ ...timeline, noDatePrinted: true }).split('\n')[0]).toBe(MSG.noDatePrinted);
    expect(renderAskText(timeline)).not.toContain(MSG.noDatePrinted);
  });
});
