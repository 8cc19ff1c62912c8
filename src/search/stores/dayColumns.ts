/**
 * Every article's publication day and the days it reports (packed, see indexing/dayReports.ts), as columns by
 * article number: a snapshot's as it saved them (typed arrays read in place), the articles added since appended to
 * arrays that grow. A timeline gathers the columns of its thousands of matching articles from here (see
 * MatchedDays) instead of reading each one's metadata object, scattered in memory.
 */
import type { MatchedDays } from '../../answers/archive';
import { publishedDay } from '../../indexing/dayReports';
import { grow } from '../engine/grow';

const noDays = (): MatchedDays => ({
  published: new Int32Array(0),
  reportStarts: new Int32Array(1),
  reports: new Int32Array(0),
});

export class DayColumns {
  /** The articles added since the snapshot: article `saved.published.length + k` is row k. */
  private readonly live: MatchedDays = {
    published: new Int32Array(64),
    reportStarts: new Int32Array(65),
    reports: new Int32Array(256),
  };
  private added = 0;

  /** Articles 0..saved.published.length-1 are the snapshot's, in order. */
  constructor(private readonly saved: MatchedDays = noDays()) {
    const count = saved.published.length;
    const ends = saved.reportStarts[count];
    if (saved.reportStarts.length !== count + 1 || ends !== saved.reports.length) {
      throw new Error(
        `snapshot: day columns of ${count} articles with ${saved.reportStarts.length} report starts ` +
          `and ${saved.reports.length} report numbers`,
      );
    }
  }

  /** How many articles' columns are held: the snapshot's and those added since. */
  get count(): number {
    return this.saved.published.length + this.added;
  }

  /** The columns of the next article number after those held: its publication day and packed reports. */
  append(published: string | null, reports: readonly number[] = []): void {
    const { live } = this;
    const row = this.added++;
    live.published = grow(live.published, this.added);
    live.reportStarts = grow(live.reportStarts, this.added + 1);
    const from = live.reportStarts[row] as number;
    live.reports = grow(live.reports, from + reports.length);
    live.published[row] = publishedDay(published);
    live.reports.set(reports, from);
    live.reportStarts[row + 1] = from + reports.length;
  }

  /** The columns of articles `numbers` (all held), in that order. */
  of(numbers: ArrayLike<number>): MatchedDays {
    const count = numbers.length;
    const savedCount = this.saved.published.length;
    const published = new Int32Array(count);
    const reportStarts = new Int32Array(count + 1);
    for (let i = 0; i < count; i++) {
      const n = numbers[i] as number;
      const columns = n < savedCount ? this.saved : this.live;
      const row = n < savedCount ? n : n - savedCount;
      published[i] = columns.published[row] as number;
      const own = (columns.reportStarts[row + 1] as number) - (columns.reportStarts[row] as number);
      reportStarts[i + 1] = (reportStarts[i] as number) + own;
    }
    // Copied number by number: a subarray per article to `set` from was a view object each.
    const reports = new Int32Array(reportStarts[count] as number);
    let at = 0;
    for (let i = 0; i < count; i++) {
      const n = numbers[i] as number;
      const columns = n < savedCount ? this.saved : this.live;
      const row = n < savedCount ? n : n - savedCount;
      const to = columns.reportStarts[row + 1] as number;
      for (let k = columns.reportStarts[row] as number; k < to; k++)
        reports[at++] = columns.reports[k] as number;
    }
    return { published, reportStarts, reports };
  }
}
