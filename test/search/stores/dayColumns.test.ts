import { dayNumber, NO_DAY, packDayReports } from '../../../src/indexing/dayReports';
import { DayColumns } from '../../../src/search/stores/dayColumns';

/** Packed reports of these days, each from paragraph 2. */
const reporting = (...days: string[]) =>
  packDayReports(days.map((day) => ({ day, paragraph: 2, sentenceStart: 0, planned: false })));

/** Each gathered article's publication day number and the day numbers it reports. */
const listed = (columns: DayColumns, numbers: number[]) => {
  const { published, reportStarts, reports } = columns.of(numbers);
  return numbers.map((_, i) => [
    published[i],
    [...reports.subarray(reportStarts[i], reportStarts[i + 1])].filter((_, k) => k % 4 === 0),
  ]);
};

describe('DayColumns', () => {
  // Two articles of a snapshot: a council meeting reported the day before publication, and an undated brief.
  const saved = {
    published: Int32Array.of(dayNumber('2025-03-12'), NO_DAY),
    reportStarts: Int32Array.of(0, 4, 4),
    reports: Int32Array.from(reporting('2025-03-11')),
  };

  it("gathers saved and added articles' days in the order asked, an article reporting nothing included", () => {
    const columns = new DayColumns(saved);
    columns.append('2025-03-14', reporting('2025-03-13', '2025-03-14'));
    columns.append(null);
    expect(columns.count).toBe(4);
    expect(listed(columns, [2, 0, 1, 3])).toEqual([
      [dayNumber('2025-03-14'), [dayNumber('2025-03-13'), dayNumber('2025-03-14')]],
      [dayNumber('2025-03-12'), [dayNumber('2025-03-11')]],
      [NO_DAY, []],
      [NO_DAY, []],
    ]);
  });

  it('keeps what was gathered when more articles are added after (the arrays grow)', () => {
    const columns = new DayColumns();
    columns.append('2025-03-14', reporting('2025-03-13'));
    const before = listed(columns, [0]);
    for (let i = 0; i < 200; i++) columns.append('2025-04-01', reporting('2025-03-30', '2025-03-31'));
    expect(listed(columns, [0])).toEqual(before);
    expect(listed(columns, [200])).toEqual([
      [dayNumber('2025-04-01'), [dayNumber('2025-03-30'), dayNumber('2025-03-31')]],
    ]);
  });

  it('gives a publication day that reads as no day as NO_DAY', () => {
    const columns = new DayColumns();
    columns.append('sometime in March');
    expect(columns.of([0]).published[0]).toBe(NO_DAY);
  });

  it("refuses a snapshot's columns that do not agree with one another", () => {
    expect(() => new DayColumns({ ...saved, reportStarts: Int32Array.of(0, 4) })).toThrow(
      'snapshot: day columns of 2 articles with 2 report starts and 4 report numbers',
    );
    expect(() => new DayColumns({ ...saved, reports: new Int32Array(0) })).toThrow('and 0 report numbers');
  });
});
