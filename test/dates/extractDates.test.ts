import { extractDates, referenceDay } from '../../src/dates/extractDates';
import { articleFrom } from '../support/article';

/** The value (and type) of every expression in a one-paragraph article published on `published`. */
function dates(body: string, published: string | null = '2025-08-14') {
  const article = articleFrom(body);
  return extractDates(article, referenceDay(published)).map((e) => {
    expect(article.text.slice(e.start, e.end)).toBe(e.text);
    return [e.text, e.value, e.type];
  });
}

const value = (body: string, published?: string | null) => dates(body, published)[0]?.[1];

describe('days and weekdays (reference Thursday 2025-08-14)', () => {
  it('today, yesterday, tomorrow', () => {
    expect(dates('The council met yesterday and votes today. It adjourns tomorrow.')).toEqual([
      ['yesterday', '2025-08-13', 'DATE'],
      ['today', '2025-08-14', 'DATE'],
      ['tomorrow', '2025-08-15', 'DATE'],
    ]);
  });

  it("a quotation's today, yesterday and tomorrow count from the day it was said, when the sentence gives it", () => {
    expect(
      dates('On 21 January 2009 the president said: "Starting today, every agency must answer."'),
    ).toEqual([
      ['21 January 2009', '2009-01-21', 'DATE'],
      ['today', '2009-01-21', 'DATE'],
    ]);
    expect(dates('Her sister posted on Facebook on Tuesday: “Tomorrow will be a hard day for us.”')).toEqual([
      ['Tuesday', '2025-08-12', 'DATE'],
      ['Tomorrow', '2025-08-13', 'DATE'],
    ]);
    // No verb of saying before the quotation, a day word outside it, or the day said in another sentence: as it was.
    expect(dates('Voting closed on Tuesday, “and today we count,” an official said.')[1]).toEqual([
      'today',
      '2025-08-14',
      'DATE',
    ]);
    expect(dates('The mayor said on Tuesday that work starts today.')[1]?.[1]).toBe('2025-08-14');
    expect(dates('The mayor spoke on Tuesday. She said: “We start today.”')[1]?.[1]).toBe('2025-08-14');
    expect(
      dates('The envoy, who toured the port on Tuesday, added: “What I saw yesterday was grim.”')[1]?.[1],
    ).toBe('2025-08-13');
  });

  it('a bare weekday is the last one in past-tense prose, the next one in future-tense prose', () => {
    expect(value('The Treasury sanctioned four people on Wednesday.')).toBe('2025-08-13');
    expect(value('The council will vote on Tuesday.')).toBe('2025-08-19');
    expect(value('The briefing was held Thursday.')).toBe('2025-08-14');
  });

  it('last and next weekdays, and parts of the day', () => {
    expect(value('The mayor spoke last Friday.')).toBe('2025-08-08');
    expect(value('The vote is next Monday.')).toBe('2025-08-18');
    expect(value("International Women's Day is this coming Sunday.")).toBe('2025-08-17');
  });

  it('a bare weekday after "as soon as", "until" or "planned" is the next one', () => {
    expect(value('The group could leave as soon as Tuesday, Castro said.')).toBe('2025-08-19');
    expect(value('Officials postponed any action until Tuesday morning.')).toBe('2025-08-19TMO');
    expect(value('Protesters planned a large demonstration on Saturday.')).toBe('2025-08-16');
    expect(value('Protesters held a large demonstration on Saturday.')).toBe('2025-08-09');
    expect(dates('He left this morning.')).toEqual([['this morning', '2025-08-14TMO', 'TIME']]);
  });
});

describe('clock times with their day (reference Thursday 2025-08-14)', () => {
  it('noon or midnight with a weekday, and a clock time with its zone and a weekday, are one time', () => {
    expect(dates('Negotiations broke off at noon Tuesday.')).toEqual([
      ['noon Tuesday', '2025-08-12T12:00', 'TIME'],
    ]);
    expect(dates('The blast occurred at about 10:35 a.m. (0735 GMT) Friday.')).toEqual([
      ['10:35 a.m. (0735 GMT) Friday', '2025-08-08T10:35', 'TIME'],
    ]);
    expect(value('The polls close at 9 p.m. EST Tuesday.')).toBe('2025-08-12T21:00');
  });

  it('a time in parentheses ends before the closing parenthesis chrono takes after a weekday', () => {
    expect(dates('The deadline (9 a.m. Tuesday) passed without a deal.').map((d) => d[0])).toEqual([
      '9 a.m. Tuesday',
    ]);
  });

  it('a part of the day before yesterday, today or tomorrow', () => {
    expect(dates('In London at mid-afternoon yesterday, the shares were up.')).toEqual([
      ['mid-afternoon yesterday', '2025-08-13TAF', 'TIME'],
    ]);
  });

  it("yesterday's and tomorrow's are days; today's is the day only before an event", () => {
    expect(value("Shareholders responded coolly to yesterday's announcement.")).toBe('2025-08-13');
    expect(value("The offer was advertised in today's editions of the paper.")).toBe('2025-08-14');
    expect(dates("The case is for today's youth what the blockade was for their parents.")).toEqual([]);
  });

  it('what had been scheduled for a weekday, and what has run since a month, are in the past', () => {
    expect(value('The offer had been scheduled to expire Friday evening.')).toBe('2025-08-08TEV');
    expect(value('The carrier has been on patrol since March and was scheduled to return.')).toBe('2025-03');
  });
});

describe('weeks, months, seasons, quarters and years', () => {
  it('last week as an ISO week; this and next month', () => {
    expect(value('A directive was signed last week.')).toBe('2025-W32');
    expect(value('Talks resume next month.')).toBe('2025-09');
  });

  it('"late last month" keeps the month, not a day', () => {
    expect(dates('Late last month, the two leaders agreed to a delay.')).toEqual([
      ['Late last month', '2025-07', 'DATE'],
    ]);
  });

  it('a year-less month takes its year from the tense: "reported in November" is last November', () => {
    expect(value('Rolling Stone reported in November that plans were drawn up.')).toBe('2024-11');
    expect(value('At a December event held at Harvard, aides replied.')).toBe('2024-12');
    expect(value('The agreement takes effect in January.')).toBe('2026-01');
    expect(value('The ban was lifted last February.')).toBe('2025-02'); // the latest February gone
  });

  it('a holiday in past-tense prose is the latest gone, unless it is a week ahead at most and no past verb governs it', () => {
    expect(value('Iran said it released the sailors to mark Easter.', '2007-04-04')).toBe('2007-04-08');
    expect(value('Iran said it released the sailors to mark Easter.', '2007-03-20')).toBe('2006-04-16');
    expect(value('WikiLeaks supporters went home for Christmas.', '2010-12-23')).toBe('2010-12-25');
    expect(value('The pastor died on Easter Sunday.', '2007-04-04')).toBe('2006-04-16');
    expect(value('The pastor died on Easter Sunday.', '2007-04-08')).toBe('2007-04-08');
    expect(value('The church was attacked on Christmas Day, police said.', '2024-12-20')).toBe('2023-12-25');
  });

  it('Super Tuesday as it fell, and the next one ahead', () => {
    expect(value('She won seven states on Super Tuesday.', '2026-05-01')).toBe('2024-03-05');
    expect(value('She won seven states on Super Tuesday.', '2008-03-01')).toBe('2008-02-05');
    expect(value('He hopes to win Texas on Super Tuesday.', '2026-05-01')).toBe('2028-03-07');
    expect(value('Trump led the polls in most Super Tuesday states.', '2016-01-10')).toBe('2016-03-01');
    expect(value('The shops reopen on New Year’s Day.', '2025-12-28')).toBe('2026-01-01');
  });

  it('a holiday without a publication date keeps its month and day only when they are fixed', () => {
    expect(value('The shops closed on Christmas Day.', null)).toBe('XXXX-12-25');
    expect(value('The shops closed on Good Friday.', null)).toBe('XXXX-XX-XX');
    expect(value('Protesters waved palm fronds as Holy Week began.', null)).toBe('XXXX-WXX');
  });

  it('the placed holidays of one year', () => {
    const on = (name: string) => value(`The office closed on ${name} 2024.`);
    expect(on('Martin Luther King Jr. Day')).toBe('2024-01-15');
    expect(on("Presidents' Day")).toBe('2024-02-19');
    expect(on('Ash Wednesday')).toBe('2024-02-14');
    expect(on('Memorial Day')).toBe('2024-05-27');
    expect(on('Pentecost')).toBe('2024-05-19');
    expect(on('Father’s Day')).toBe('2024-06-16');
    expect(on('Columbus Day')).toBe('2024-10-14');
    expect(on('Remembrance Sunday')).toBe('2024-11-10');
    expect(on('Cyber Monday')).toBe('2024-12-02');
  });

  it('a holiday name that is everyday words, or inside a longer name, leaves its weekday to the weekday rule', () => {
    expect(dates('It was a good Friday for the markets.')).toEqual([['Friday', '2025-08-08', 'DATE']]);
    expect(dates('On Easter Sunday Pope Francis called for peace.', '2025-04-21')[0]?.[1]).toBe('2025-04-20');
    expect(dates('In the UK Good Friday is a bank holiday.')[0]?.[1]).toBe('2025-04-18');
    expect(dates('Trump Sweeps Super Tuesday 2016 Contests')[0]?.[1]).toBe('2016-03-01');
    expect(dates('The agency hired 1800 Christmas temps.').map((d) => d[1])).not.toContain('1800-12-25');
  });

  it('month and day, with and without a year', () => {
    expect(value('The ruling came on Sept. 30, 2024.')).toBe('2024-09-30');
    expect(value('The company will report on Sept. 30.')).toBe('2025-09-30');
    expect(value('The deadline passed on Aug. 1.')).toBe('2025-08-01');
  });

  it('bare years, decades, seasons, quarters and halves', () => {
    expect(value('He campaigned on it during his 2024 bid.')).toBe('2024');
    expect(value('The law dates from the 1990s.')).toBe('199');
    expect(value('Prices rose last fall.')).toBe('2024-FA');
    expect(value('Profits fell in the third quarter.')).toBe('2025-Q3');
    expect(value('Profits fell in the fourth quarter.', '2026-01-20')).toBe('2025-Q4');
    expect(value('Sales rose in the first half.')).toBe('2025-H1');
  });

  it('"this past spring" and "the early summer" are seasons of this year', () => {
    expect(value('The company scrapped the unit this past spring.')).toBe('2025-SP');
    expect(value('Orders rose from the low levels of the early summer.')).toBe('2025-SU');
  });

  it('centuries as their first two digits', () => {
    expect(dates('It was the bloodiest war of the 20th century.')).toEqual([
      ['the 20th century', '19', 'DATE'],
    ]);
    expect(value('The abbey dates from the 11th century.')).toBe('10');
  });

  it('"the March for Life" is a name, "in March for health reasons" a month', () => {
    expect(dates('Agents scanned the crowd at the annual March for Life on Capitol Hill.')).toEqual([]);
    expect(value('He stepped down in March for health reasons.')).toBe('2025-03');
  });
});

describe('counted and anchored expressions', () => {
  it('"the next few days" is a vague duration, "the next couple of years" two years', () => {
    expect(dates('More soldiers will surrender in the next few days.')).toEqual([
      ['the next few days', 'PXD', 'DURATION'],
    ]);
    expect(value('Over the next couple of years we would not be surprised to see growth.')).toBe('P2Y');
  });

  it('"the following month" counts from the month just mentioned', () => {
    expect(
      dates('In March, the group urged a sale. The following month, the company put itself up for sale.'),
    ).toEqual([
      ['March', '2025-03', 'DATE'],
      ['The following month', '2025-04', 'DATE'],
    ]);
  });

  it('"the year ended March 31" is a year long; a bare "the year" is this year', () => {
    expect(dates('Revenue was $76 million for the year ended March 31.')[0]).toEqual([
      'the year',
      'P1Y',
      'DURATION',
    ]);
    expect(dates('For the year, pet food volume was flat.')).toEqual([['the year', '2025', 'DATE']]);
  });

  it('N units ago, at the precision of the unit', () => {
    expect(value('The mill closed three days ago.')).toBe('2025-08-11');
    expect(value('The mill closed two months ago.')).toBe('2025-06');
    expect(value('The mill closed five years ago.')).toBe('2020');
  });

  it('"a week earlier" is anchored to the date just mentioned, not to the publication date', () => {
    expect(
      dates('The bridge closed on March 3, 2025. A week earlier, inspectors had warned the council.'),
    ).toEqual([
      ['March 3, 2025', '2025-03-03', 'DATE'],
      ['A week earlier', '2025-W09', 'DATE'],
    ]);
    expect(dates('The bridge closed on March 3, 2025, and the day before, the mayor resigned.')[1]).toEqual([
      'the day before',
      '2025-03-02',
      'DATE',
    ]);
  });
});

describe('results reports (reference 2025-10-28, a third-quarter report)', () => {
  const report = (body: string) => dates(body, '2025-10-28');

  it('"a year ago" and "a year earlier" after a named quarter are that quarter a year before', () => {
    expect(
      report('Net income rose to $4 million in the third quarter. It lost $2 million a year ago.').map(
        (d) => d[1],
      ),
    ).toEqual(['2025-Q3', '2024-Q3']);
    expect(
      report('The firm earned $5 million in the second quarter, against $3 million a year earlier.')[1],
    ).toEqual(['a year earlier', '2024-Q2', 'DATE']);
  });

  it('without a quarter nearby, "a year ago" is just last year', () => {
    expect(report('The mayor took office a year ago.')[0]?.[1]).toBe('2024');
    expect(
      report('It earned $3 million in the 2024 quarter, against a loss a year earlier.').map((d) => d[1]),
    ).toEqual(['2024-Q3', '2024']);
  });

  it('a year-ago quarter compared with is not the quarter a later "a year ago" counts from', () => {
    expect(
      report(
        'Sales fell in the third quarter, and the year-ago quarter had a charge. Costs rose from a year ago.',
      ).map((d) => d[1]),
    ).toEqual(['2025-Q3', '2024-Q3', '2024-Q3']);
  });

  it("the 1988 quarter, the year-ago third quarter, next year's first quarter, the current quarter", () => {
    expect(report('Profit fell from the 2024 quarter.')[0]?.[1]).toBe('2024-Q3');
    expect(report('Profit fell from the 2024 second quarter.')[0]?.[1]).toBe('2024-Q2');
    expect(report('Profit fell from the year-ago third quarter.')[0]?.[1]).toBe('2024-Q3');
    expect(report("It expects a rebound in next year's first quarter.")[0]?.[1]).toBe('2026-Q1');
    expect(report('The current quarter began well.')[0]?.[1]).toBe('2025-Q4');
    expect(report('It expects a loss for the full year.')[0]?.[1]).toBe('2025');
    expect(report('Sales slowed earlier in the year.')[0]).toEqual(['earlier in the year', '2025', 'DATE']);
    expect(dates("It expects a rebound in next year's first quarter.", null)[0]?.[1]).toBe('XXXX-Q1');
  });

  it('"last April" is the latest April gone, "last December" the one of the year before', () => {
    expect(report('Orders peaked last April.')[0]?.[1]).toBe('2025-04');
    expect(report('Orders peaked last December.')[0]?.[1]).toBe('2024-12');
  });
});

describe('durations and sets', () => {
  it('durations with numbers in digits or words, hyphenated, with modifiers', () => {
    expect(dates('They delayed the tariff for another 90 days.')).toEqual([
      ['another 90 days', 'P90D', 'DURATION'],
    ]);
    expect(value('Trade deals take about 18 months to complete.')).toBe('P18M');
    expect(value('He signed a two-year contract.')).toBe('P2Y');
    expect(value('The hearing lasted more than four hours.')).toBe('PT4H');
    expect(value('The project took 2 1/2 years.')).toBe('P2Y6M');
    expect(value('The dispute went on for years.')).toBe('PXY');
    expect(value('The dispute went on for two decades.')).toBe('P20Y');
    expect(value('Rents have risen in recent years.')).toBe('PXY');
  });

  it('sets', () => {
    expect(dates('The ferry runs daily.')).toEqual([['daily', 'P1D', 'SET']]);
    expect(value('The market opens every Monday.')).toBe('XXXX-WXX-1');
  });

  it('ages are not durations', () => {
    expect(dates('The 44-year-old protester fled.')).toEqual([]);
  });
});

describe('reference words and missing reference dates', () => {
  it('now, recently and the future', () => {
    expect(dates('Prices are now higher than they were recently, and may rise in the future.')).toEqual([
      ['now', 'PRESENT_REF', 'DATE'],
      ['recently', 'PAST_REF', 'DATE'],
      ['the future', 'FUTURE_REF', 'DATE'],
    ]);
  });

  it('invents nothing without a publication date: relative values stay underspecified', () => {
    expect(
      dates('On Friday, officials said the strike happened last year, in November, two weeks ago.', null).map(
        ([, v]) => v,
      ),
    ).toEqual(['XXXX-WXX-5', 'PAST_REF', 'XXXX-11', 'PAST_REF']);
    expect(value('The ruling came on Sept. 30, 2024.', null)).toBe('2024-09-30');
  });
});

describe('dated in context: governing verbs, plans and anchors (reference Thursday 2025-08-14)', () => {
  it('the month just after publication is a plan even in a past-tense report; a later one is last year', () => {
    expect(value('The refinery announced a cut in its output in September.')).toBe('2025-09');
    expect(value('The minister stepped down in October after the audit.')).toBe('2024-10');
  });

  it('"was supposed to" looks ahead', () => {
    expect(value('The hearings were supposed to end by November.')).toBe('2025-11');
  });

  it('a past verb right before a day dates something that has happened, however near the next one is', () => {
    const found = dates('The retailer earned $4 million in the fiscal year ended Sept. 2.');
    expect(found.find(([text]) => text === 'Sept. 2')?.[1]).toBe('2024-09-02');
    expect(value('The dividend will be paid Sept. 2 to holders of record.')).toBe('2025-09-02');
  });

  it('"the end of the year" is the year (TimeML mod END); "since year-end" is the last year-end', () => {
    expect(value('The mill is expected to close by the end of the year.')).toBe('2025');
    expect(value('Bank shares had slipped 3% since year-end.')).toBe('2024-12-31');
    expect(value('The fund plans to list its shares before year-end.')).toBe('2025-12-31');
  });

  it('a clause opening with "until" takes the tense of its verb', () => {
    expect(value('Until Tuesday, the police had not named a suspect.')).toBe('2025-08-12');
    expect(value('The museum stays closed until Tuesday.')).toBe('2025-08-19');
  });

  it('"until" looks ahead from a present, future or postponing verb, and back from a past one', () => {
    expect(value('The ban stayed in force until February, when a court lifted it.')).toBe('2025-02');
    expect(value('The strike lasted until Tuesday.')).toBe('2025-08-12');
    expect(value('The museum was closed until Tuesday.')).toBe('2025-08-12');
    expect(value('The trial was adjourned until Monday.')).toBe('2025-08-18');
    expect(value('The curfew will remain in force until February.')).toBe('2026-02');
    expect(value('The bridge remains closed until February.')).toBe('2026-02');
  });

  it('a participle after a present "is" or "are", right before the date, is a schedule', () => {
    expect(value('If, as expected, the charges are dropped on Tuesday, he can fly home.')).toBe('2025-08-19');
    expect(value('Opinion is divided, with the union rejecting the offer at its meeting in March.')).toBe(
      '2025-03',
    );
    expect(value('The charges were dropped on Tuesday.')).toBe('2025-08-12');
    expect(value('The plant is expected to close in December.')).toBe('2025-12');
  });

  it('"the previous Monday" counts back from the day just mentioned', () => {
    expect(dates('The shares fell on Wednesday to their lowest level since the previous Monday.')).toEqual([
      ['Wednesday', '2025-08-13', 'DATE'],
      ['the previous Monday', '2025-08-11', 'DATE'],
    ]);
  });

  it('in a results report, "this quarter" and "last year\'s quarter" follow the quarter being reported', () => {
    const found = dates(
      "The brewer lost $2 million in the second quarter. This quarter's loss includes a charge; last year's quarter had none.",
    );
    expect(found.find(([text]) => text === 'This quarter')?.[1]).toBe('2025-Q2');
    expect(found.find(([text]) => text === "last year's quarter")?.[1]).toBe('2024-Q2');
  });

  it('a schedule in the simple present looks ahead; "met" looks back', () => {
    expect(value('The two foreign ministers meet separately Monday with the envoy.')).toBe('2025-08-18');
    expect(value('The two foreign ministers met separately Monday with the envoy.')).toBe('2025-08-11');
  });

  it('a schedule verb a few words before the day looks ahead, in its own clause, with no tense marker between', () => {
    expect(value('The defendant returns to the witness box on Monday.')).toBe('2025-08-18');
    expect(value('The mountain stages start in the Alps on Saturday.')).toBe('2025-08-16');
    expect(value('Ohio holds its primary on Tuesday.')).toBe('2025-08-19');
    expect(value('The minister has talks in Tunis on Wednesday and flies on to Cairo.')).toBe('2025-08-20');
    // A past "held" or "had talks" looks back.
    expect(value('Ohio held its primary on Tuesday.')).toBe('2025-08-12');
    expect(value('The minister had talks in Tunis on Wednesday.')).toBe('2025-08-13');
    // A verb between, a comma, an adjective "open" or a heading run into the sentence: the last such day.
    expect(value('Heads of state met in Vienna on Monday.')).toBe('2025-08-11');
    // After a determiner the verb is a noun: "a visit", "the start".
    expect(value('The ceremony followed a visit on Wednesday to the hospital.')).toBe('2025-08-13');
    expect(value('The day ended with the start of the vigil on Monday.')).toBe('2025-08-11');
    expect(value('It would start rationing, but the announcement on Tuesday surprised drivers.')).toBe(
      '2025-08-12',
    );
    expect(value('The senator said in open court on Friday that she would resign.')).toBe('2025-08-08');
    expect(value('Talks begin The ministers in Brussels on Wednesday agreed a fund.')).toBe('2025-08-13');
    // After "not", a past verb and "to", or a possessive the verb is no schedule ("scheduled to" still is).
    expect(value('She did not return to work on Monday.')).toBe('2025-08-11');
    expect(value('He refused to meet the envoy on Tuesday.')).toBe('2025-08-12');
    expect(value('The senator is scheduled to meet exiles on Friday, considered his firmest backers.')).toBe(
      '2025-08-15',
    );
    expect(value('Her return to the stage on Monday was greeted with cheers.')).toBe('2025-08-11');
    expect(value('EU heads of government in Brussels on Monday agreed a rescue fund.')).toBe('2025-08-11');
    expect(value('Hospital visits to the ward on Sunday were cancelled.')).toBe('2025-08-10');
    // Going somewhere, or with an object, they are verbs again.
    expect(value('After talks in Paris the president heads to London on Sunday.')).toBe('2025-08-17');
    expect(value('The prince visits Anglesey on Saturday with his wife.')).toBe('2025-08-16');
    // "opens" is the verb; "open" is as often the adjective (above).
    expect(value('The museum opens to the public on Friday.')).toBe('2025-08-15');
  });

  it('an irregular past verb governs the date as a regular one does', () => {
    expect(value('The firm struck a plea deal with prosecutors in January.')).toBe('2025-01');
    expect(value('He fled an attempt to extradite him in March.')).toBe('2025-03');
    expect(value('On Saturday the minister sought to distance himself from the plan.')).toBe('2025-08-09');
    expect(value('The firm will strike a plea deal with prosecutors in January.')).toBe('2026-01');
    // A participle after "be" takes the modal's tense; "-led" in a compound is no verb.
    expect(value('The sequel will be shot in New Zealand in March.')).toBe('2026-03');
    expect(value('The EU-led mission in March will train 500 soldiers.')).toBe('2026-03');
    expect(value('Three people died after the storm in January.')).toBe('2025-01');
  });

  it('"may" and "might" before a verb look ahead; before "have" they look back; "May" is no modal', () => {
    expect(value('Police may come back on Monday.')).toBe('2025-08-18');
    expect(value('There is a report that police may come back tomorrow on Monday.', '2025-08-17')).toBe(
      '2025-08-18',
    );
    expect(value('The strike might not start on Tuesday.')).toBe('2025-08-19');
    expect(value('The suspect may have left the country on Monday.')).toBe('2025-08-11');
    expect(value('Theresa May said on Monday that talks would go on.')).toBe('2025-08-11');
    expect(dates('The talks that began in May may end on Monday.').map((d) => d[1])).toEqual([
      '2025-05',
      '2025-08-18',
    ]);
  });

  it('a hearing that continues, a consultation that closes, a trial that ends, a show that runs from a day is ahead', () => {
    expect(value('The case was adjourned and continues on Wednesday.')).toBe('2025-08-20');
    expect(value('The public consultation closes on Friday.')).toBe('2025-08-15');
    expect(value('The trial ends on Monday with closing speeches.')).toBe('2025-08-18');
    expect(value('He has opened his archive for the show, which runs from March to July.')).toBe('2026-03');
    // Written in the past, they stay behind.
    expect(value('The hearing continued on Wednesday.')).toBe('2025-08-13');
    expect(value('The trial ended on Monday.')).toBe('2025-08-11');
    expect(value('The show ran from May to July.')).toBe('2025-05');
  });

  it('a day something is due, awaited or set for is ahead', () => {
    expect(value('A decision on bail is due on Friday.')).toBe('2025-08-15');
    expect(value('The athlete awaits sentencing on Tuesday.')).toBe('2025-08-19');
    expect(value('She is in prison awaiting her preliminary arraignment Tuesday afternoon.')).toBe(
      '2025-08-19TAF',
    );
    expect(value('The prosecutor has to file the papers on Friday.')).toBe('2025-08-15');
    expect(value('The judge set his sentencing for Tuesday.')).toBe('2025-08-19');
    expect(value('A court appearance has been set for Wednesday.')).toBe('2025-08-20');
    expect(value('The witness will be cross-examined on Monday.')).toBe('2025-08-18');
    expect(value('The witness will be cross - examined on Monday.')).toBe('2025-08-18');
    // What had been set for a day, and what is awaited but not on that day, stay behind.
    expect(value('The hearing had been fixed for Tuesday but the judge fell ill.')).toBe('2025-08-12');
    expect(value('A man is awaiting trial over the attack on Tuesday.')).toBe('2025-08-12');
  });
});
