import { type ExtractionWork, extractDates, referenceDay } from '../../src/dates/extractDates';
import { articleFrom } from '../support/article';

/** A one-sentence timetable of `n` departures: one very long sentence full of clock times and weekdays. */
function timetable(n: number): string {
  const stops = Array.from(
    { length: n },
    (_, i) => `the ${i + 1} bus leaves at ${6 + (i % 15)}:${i % 2 ? '15' : '45'} on Monday`,
  );
  return `Under the new timetable ${stops.join(', ')}.`;
}

function workFor(n: number): { steps: number; found: number } {
  const work: ExtractionWork = { steps: 0 };
  const found = extractDates(articleFrom(timetable(n)), referenceDay('2024-03-08'), work).length;
  return { steps: work.steps, found };
}

describe('a long sentence extracts in work linear in its length', () => {
  it('four times the sentence is about four times the work, not sixteen', () => {
    const small = workFor(200);
    const large = workFor(800);
    expect(large.found).toBeGreaterThanOrEqual(4 * small.found - 4);
    expect(large.steps / small.steps).toBeLessThan(5);
  });
});
