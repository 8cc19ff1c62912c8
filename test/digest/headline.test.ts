import {
  cleanHeadline,
  leadOf,
  NOT_LEAD_RULES,
  NOT_NEWS_RULES,
  notLeadRule,
  notNewsRule,
  representative,
  SITE_SUFFIX_RULES,
} from '../../src/digest/headline';
import { fixtureArticle } from './fixtures';

describe.each([
  ['site suffix', SITE_SUFFIX_RULES],
  ['not a lead', NOT_LEAD_RULES],
  ['not news', NOT_NEWS_RULES],
])('%s rules', (_, rules) => {
  it.each(rules.map((r) => [r.id, r] as const))(
    '%s matches its examples and none of its counter-examples',
    (_, rule) => {
      for (const example of rule.examples)
        expect([example, rule.pattern.test(example)]).toEqual([example, true]);
      for (const counter of rule.counterExamples)
        expect([counter, rule.pattern.test(counter)]).toEqual([counter, false]);
    },
  );
});

describe('cleanHeadline', () => {
  it("takes a station's slogan off the end", () => {
    expect(cleanHeadline("Two hurt in Elm Street fire - Northern Lakes' News Leader", 'wnlx.com')).toEqual({
      headline: 'Two hurt in Elm Street fire',
      rules: ['site-name'],
    });
  });

  it('takes off a web address, then the place line beside it', () => {
    expect(cleanHeadline('Bridge closed after crash - RivertonNow.com - Riverton, OH', null).headline).toBe(
      'Bridge closed after crash',
    );
  });

  it("takes off the outlet's own name after a bar", () => {
    expect(
      cleanHeadline('Council delays vote on bus fares | The Riverton Ledger', 'The Riverton Ledger'),
    ).toEqual({
      headline: 'Council delays vote on bus fares',
      rules: ['site-outlet'],
    });
  });

  it('keeps a headline that has no site name, and hyphens inside words and colons', () => {
    for (const title of [
      'Police: Man shot in Fort Worth-area parking lot',
      'Mayor - and the council - agree on budget',
      'Storm hits coast',
    ])
      expect(cleanHeadline(title, 'The Riverton Ledger')).toEqual({ headline: title, rules: [] });
  });

  it('never drops the headline itself, even when it looks like a site name', () => {
    expect(cleanHeadline('Daily News', 'The Riverton Ledger').headline).toBe('Daily News');
  });
});

describe('leadOf', () => {
  const leadText = (body: string, title = 'Ferry runs aground') => {
    const a = fixtureArticle({ id: 'lead', title }, body);
    const lead = leadOf(a);
    return lead && { text: a.text.slice(lead.span.start, lead.span.end), skipped: lead.skipped };
  };

  it('never takes a dateline alone on the first line', () => {
    expect(
      leadText(
        'RIVERTON, Ohio —\n\nA ferry carrying 40 passengers ran aground on Tuesday, the harbour master said.\n',
      )?.text,
    ).toBe('A ferry carrying 40 passengers ran aground on Tuesday, the harbour master said.');
    expect(notLeadRule('RIVERTON, Ohio (AP) —', null)).toBe('dateline');
  });

  it('never takes a photo caption or a byline', () => {
    const body = [
      'Readers wait outside the library on Main Street. (Photo: Sam Poe/Ledger)',
      'By Jane Roe',
      'The Riverton library reopened on Monday after eight months of repairs to its roof.',
    ].join('\n\n');
    expect(leadText(body, 'Library reopens')?.text).toMatch(/^The Riverton library reopened/);
    expect(
      notLeadRule('Readers wait outside the library on Main Street. (Photo: Sam Poe/Ledger)', null),
    ).toBe('caption');
    expect(notLeadRule('By Jane Roe', null)).toBe('byline');
  });

  it('passes over a teaser paragraph and says so', () => {
    const body = [
      'Why are we asking this?',
      'Check back for updates on this story.',
      'The Riverton library reopened on Monday after eight months of repairs to its roof.',
    ].join('\n\n');
    expect(leadText(body, 'Library reopens')).toEqual({
      text: 'The Riverton library reopened on Monday after eight months of repairs to its roof.',
      skipped: ['teaser', 'teaser'],
    });
  });

  it('passes over a teaser and the headline repeated', () => {
    expect(notLeadRule('Watch: the moment the bridge opened', null)).toBe('teaser');
    expect(notLeadRule('Bridge opens', 'Bridge opens')).toBe('headline');
    expect(
      notLeadRule('The bridge opened to traffic on Friday after two years of work.', 'Bridge opens'),
    ).toBeNull();
  });

  it('has no lead when nothing is a sentence', () => {
    expect(leadOf(fixtureArticle({ id: 'none', title: 'x' }, 'Sign up for our newsletter\n'))).toBeNull();
  });
});

describe('representative', () => {
  it('prefers the news report to a column beside it, even when the column is more central', () => {
    const column = {
      title: 'Opinion: Our town deserved better from the council',
      url: null,
      published: '2025-03-02',
    };
    const report = {
      title: 'Council votes to close two branch libraries',
      url: null,
      published: '2025-03-02',
    };
    expect(representative([column, report], [0.6, 0.4])).toBe(1);
    expect(notNewsRule(column)).toBe('opinion');
  });

  it('among news reports, takes the one closest to the story centre', () => {
    const a = { title: 'Fire at mill', url: null, published: '2025-03-01' };
    const b = { title: 'Mill fire: owner speaks', url: null, published: '2025-03-02' };
    expect(representative([a, b, a], [0.2, 0.5, 0.3])).toBe(1);
  });
});
