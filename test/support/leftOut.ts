/**
 * The days a story's thick weeks leave out, as the timeline tests build that story at two levels (the ranking's
 * columns in timelineDays.test.ts, whole articles in timeline.test.ts): three reports a day from 1 to 21 March
 * 2024, twelve on the 11th, after a report a fortnight for more than a year. Every March day but the 11th is
 * running coverage; a timeline of the articles published from 1 to 23 March lists them all.
 */
import type { LeftOutDays } from '../../src/answers/timelineDays';

export const MARCH_WEEKS_LEFT_OUT: LeftOutDays = {
  count: 20,
  busiest: { first: '2024-03-01', last: '2024-03-21', count: 20, since: '2024-03-01', until: '2024-03-23' },
};
