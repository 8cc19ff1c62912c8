/** Answers as plain data, written for the renderer tests: invented outlets, people and words. */
import type { AskAnswer } from '../../src/answers/ask';
import type { Citation } from '../../src/answers/citation';
import type { ProfileAnswer } from '../../src/answers/profile';
import type { SearchAnswer } from '../../src/answers/search';
import type { TimelineAnswer } from '../../src/answers/timeline';
import type { WhoSaidAnswer } from '../../src/answers/whosaid';
import type { Digest } from '../../src/digest/compose';

export function citation(n = 1, passage = 'The ferry will run until midnight, said Mara Voss.'): Citation {
  return {
    articleId: `ferry-${n}`,
    title: `Ferry hours ${n}`,
    outlet: `The Riverton Ledger ${n}`,
    published: '2025-03-12',
    url: `https://ledger.example/ferry-${n}`,
    paragraph: n,
    passage,
  };
}

/** A passage of about `chars` characters, so an answer can be made as large as the renderers will see. */
export const longPassage = (chars: number) =>
  'The harbor commission voted to extend the ferry schedule through the winter months. '
    .repeat(Math.ceil(chars / 84))
    .slice(0, chars);

export function whoSaid(over: Partial<WhoSaidAnswer> = {}, count = 2): WhoSaidAnswer {
  const attributions = Array.from({ length: count }, (_, i) => ({
    speaker: 'Mara Voss',
    mention: i === 1 ? 'Voss' : 'Mara Voss',
    role: 'the council treasurer',
    quote: '“The ferry will run until midnight.”',
    score: 1,
    match: { kind: 'exact' as const, differences: [] },
    named: true,
    citation: citation(i + 1),
  }));
  return {
    query: 'ferry will run until midnight',
    found: true,
    speaker: 'Mara Voss',
    role: 'the council treasurer',
    conflict: false,
    match: { kind: 'exact', differences: [] },
    alsoUnnamed: [],
    attributions,
    suggestions: [],
    ...over,
  };
}

export const search = (count = 3, chars = 60): SearchAnswer => ({
  query: 'ferry schedule',
  hits: Array.from({ length: count }, (_, i) => ({
    score: 1 / (i + 1),
    citation: citation(i + 1, longPassage(chars)),
  })),
});

export const timeline = (count = 3): TimelineAnswer => ({
  topic: 'ferry',
  events: Array.from({ length: count }, (_, i) => ({
    date: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
    start: '2025-03-01',
    end: '2025-03-01',
    granularity: 'day' as const,
    text: 'The commission voted on the ferry schedule.',
    citations: [citation(i + 1)],
    reports: 1,
    rank: i + 1,
    planned: false,
    rule: 'month-day',
  })),
  pageSize: 10,
  undated: [{ text: 'The ferry has run since the old bridge closed.', citations: [citation(9)] }],
});

export const profile = (found = true): ProfileAnswer => ({
  name: 'Mara Voss',
  found,
  roles: found ? [{ role: 'the council treasurer', citation: citation(1) }] : [],
  articles: found ? [citation(1), citation(2)] : [],
  quotes: found ? [{ quote: '“The ferry will run until midnight.”', citation: citation(1) }] : [],
});

const base = { question: 'Who is Mara Voss?', suggestions: [] };

export type AskKind = 'whosaid' | 'timeline' | 'profile' | 'search' | 'factoid' | 'notFound';

export const askKinds = (): Record<AskKind, AskAnswer> => ({
  whosaid: { ...base, intent: 'whosaid', found: true, answer: whoSaid() },
  timeline: { ...base, intent: 'timeline', found: true, answer: timeline() },
  profile: { ...base, intent: 'profile', found: true, answer: profile() },
  search: { ...base, intent: 'search', found: true, answer: search() },
  factoid: {
    ...base,
    intent: 'factoid',
    found: true,
    answer: {
      question: 'How much does the ferry cost?',
      found: true,
      answer: {
        sentence: 'A ticket costs $4 each way.',
        highlights: [{ start: 15, end: 17, text: '$4' }],
        citation: citation(1),
      },
      supporting: [
        {
          sentence: 'Riders pay $4 a trip.',
          highlights: [{ start: 11, end: 13, text: '$4' }],
          citation: citation(2),
        },
      ],
    },
  },
  notFound: { ...base, intent: 'profile', found: false, answer: profile(false), suggestions: search(2).hits },
});

export const digest = (stories = 2): Digest => ({
  since: '2025-03-11',
  until: '2025-03-12',
  stories: Array.from({ length: stories }, (_, i) => ({
    headline: `Ferry schedule story ${i + 1}`,
    summary: longPassage(200),
    outlets: ['The Riverton Ledger'],
    rules: [],
    articles: [citation(i + 1), citation(i + 2)],
    quotes: [
      {
        speaker: 'Mara Voss',
        role: 'council treasurer',
        quote: '“The ferry will run until midnight.”',
        citation: citation(i + 1),
      },
    ],
  })),
  mostQuoted: [{ speaker: 'Mara Voss', count: stories }],
  undated: [],
});
