import {
  averageLinkage,
  CLUSTER_SETTINGS,
  clusterStories,
  cosine,
  cosines,
  type StoryDoc,
  timeFactor,
} from '../../src/digest/cluster';
import { storyDoc, windowStats } from '../../src/digest/storyDocs';
import { fixtureArticle } from './fixtures';

const matrix = (rows: number[][]) => rows.map((r) => Float64Array.from(r));

describe('averageLinkage', () => {
  it('does not chain: an article like two stories does not bridge them', () => {
    // a~b and b~c are strong, a~c is nothing: single link (union-find) would give one story.
    const sim = matrix([
      [0, 0.5, 0],
      [0.5, 0, 0.45],
      [0, 0.45, 0],
    ]);
    expect(averageLinkage(sim, 0.3)).toEqual([[0, 1], [2]]);
  });

  it('merges while the mean similarity over all pairs reaches the threshold', () => {
    const sim = matrix([
      [0, 0.9, 0.4, 0],
      [0.9, 0, 0.4, 0],
      [0.4, 0.4, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(averageLinkage(sim, 0.35)).toEqual([[0, 1, 2], [3]]);
    expect(averageLinkage(sim, 0.5)).toEqual([[0, 1], [2], [3]]);
  });

  it('handles one or no article', () => {
    expect(averageLinkage([], 0.2)).toEqual([]);
    expect(averageLinkage(matrix([[0]]), 0.2)).toEqual([[0]]);
  });
});

describe('evidence', () => {
  it('discounts similarity by days apart, not for undated articles', () => {
    expect(timeFactor(10, 10, 2)).toBe(1);
    expect(timeFactor(10, 12, 2)).toBe(0.5);
    expect(timeFactor(null, 12, 2)).toBe(1);
  });

  it('gives through its inverted index the same cosines as pair by pair', () => {
    const vectors = [
      new Map([
        ['mill', 0.6],
        ['fire', 0.8],
      ]),
      new Map([['fire', 1]]),
      new Map([
        ['bridge', 0.8],
        ['mill', 0.6],
      ]),
    ];
    const sim = cosines(vectors);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        if (i !== j)
          expect(sim[i]?.[j]).toBeCloseTo(
            cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>),
          );
    expect(sim[0]?.[2]).toBeCloseTo(0.36);
  });

  it('computes the cosine of sparse vectors', () => {
    expect(
      cosine(
        new Map([
          ['a', 0.6],
          ['b', 0.8],
        ]),
        new Map([['b', 1]]),
      ),
    ).toBeCloseTo(0.8);
  });
});

describe('a busy day on one topic comes apart into its events', () => {
  const reports: [string, string, string, string][] = [
    [
      'elm-1',
      'The Riverton Ledger',
      'Two hurt in shooting on Elm Street in Riverton',
      'Two men were hurt in a shooting on Elm Street in Riverton late on Friday, police said. Officers found Dario Pell and Sam Kettle wounded outside the Elm Street laundromat. “We heard six shots and then a car sped off,” said Jo Anne Mraz, who lives on Elm Street.',
    ],
    [
      'elm-2',
      'Channel 9 Riverton',
      'Police: 2 wounded outside Elm Street laundromat',
      'Police said two men, Dario Pell and Sam Kettle, were wounded outside a laundromat on Elm Street in Riverton on Friday night. “We heard six shots and then a car sped off,” neighbour Jo Anne Mraz said. Both men were taken to Mercy Hospital.',
    ],
    [
      'oak-1',
      'Dunmore Courier',
      'Woman shot in Dunmore home invasion on Oak Lane',
      'A woman was shot during a home invasion on Oak Lane in Dunmore early on Friday, police said. Priya Valdez, 34, was taken to St. Jude Hospital. Investigators said two masked men forced the back door.',
    ],
    [
      'pier-1',
      'Harbor Gazette',
      'Teen shot near Pier 4 in Port Ellis',
      'A 16-year-old was shot near Pier 4 in Port Ellis on Friday afternoon, police said. Detectives believe the boy knew the shooter. The teen was taken to Bayside Medical Center in stable condition.',
    ],
    [
      'mill-1',
      'Channel 9 Riverton',
      'Man shot in Millbrook parking lot',
      'A man was shot in a parking lot in Millbrook on Friday, police said. Officers found Gene Orlov wounded beside his truck near the Millbrook grocery. Police said the shooting followed an argument.',
    ],
  ];
  const articles = reports.map(([id, outlet, title, body]) =>
    fixtureArticle({ id, outlet, title, published: '2025-03-07' }, body),
  );

  it('groups the two reports of one shooting and keeps the others apart', () => {
    const docs: StoryDoc[] = articles.map((a) => storyDoc(a, [], a.published));
    const stories = clusterStories(docs, windowStats(docs), CLUSTER_SETTINGS).map((g) =>
      g.map((i) => articles[i]?.id),
    );
    expect(stories).toEqual([['elm-1', 'elm-2'], ['oak-1'], ['pier-1'], ['mill-1']]);
  });

  it('keeps the same two reports apart when they were published a week apart', () => {
    const docs = articles.map((a, i) => storyDoc(a, [], i === 1 ? '2025-03-14' : a.published));
    const stories = clusterStories(docs, windowStats(docs), CLUSTER_SETTINGS);
    expect(stories).toHaveLength(5);
  });
});
