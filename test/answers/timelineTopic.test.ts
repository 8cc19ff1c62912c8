import { isTopical, namesTopicIn, topicMatcher, topicMentions } from '../../src/answers/timelineTopic';

const found = (topic: string, text: string) =>
  topicMentions(text, topicMatcher(topic)).map((m) => text.slice(m.start, m.end));

describe('a topic is matched as a phrase or a name, never as a stem of a common word', () => {
  it('a company name is not its common words', () => {
    const text =
      'Shares of Wells Fargo fell. The well ran dry and the wells were capped. Wells Fargo’s chief resigned, and Fargo staff were told.';
    expect(found('Wells Fargo', text)).toEqual(['Wells Fargo', 'Wells Fargo', 'Fargo']);
  });

  it('a person is found by full name, and by surname only in an article that gives the full name', () => {
    expect(found('Anthony Weiner', 'Anthony Weiner resigned on Thursday. Weiner said he was sorry.')).toEqual(
      ['Anthony Weiner', 'Weiner'],
    );
    expect(
      found('Anthony Weiner', 'The chef served a weiner schnitzel. Weiner is a common surname.'),
    ).toEqual([]);
  });

  it('a hyphenated name matches however the hyphen is spaced', () => {
    expect(
      found('Dominique Strauss-Kahn', 'Dominique Strauss - Kahn was arrested. Strauss-Kahn denied it.'),
    ).toEqual(['Dominique Strauss - Kahn', 'Strauss-Kahn']);
  });

  it('a name typed with capitals keeps its case; a lower-case topic matches singular and plural', () => {
    expect(found('Apple', 'She ate an apple. Apple shares rose.')).toEqual(['Apple']);
    expect(found('cartels', 'A cartel leader and two Cartels were named.')).toEqual(['cartel', 'Cartels']);
    expect(found('tariff', 'New tariffs hit steel; the tariff is 30%.')).toEqual(['tariffs', 'tariff']);
  });
});

describe('an article is about the topic when the topic is central to it', () => {
  it('named in the title, in the lead, or again and again', () => {
    expect(isTopical({ inTitle: true, mentionParagraphs: [] })).toBe(true);
    expect(isTopical({ inTitle: false, mentionParagraphs: [2] })).toBe(true);
    expect(isTopical({ inTitle: false, mentionParagraphs: [5, 9, 12] })).toBe(true);
  });

  it('not when named once in passing deep in the article', () => {
    expect(isTopical({ inTitle: false, mentionParagraphs: [14] })).toBe(false);
    expect(isTopical({ inTitle: false, mentionParagraphs: [6, 11] })).toBe(false);
  });
});

describe('namesTopicIn: whether a text names the topic, as topicMentions finds it', () => {
  const texts = [
    'Shares of Wells Fargo fell.',
    'The well ran dry and the wells were capped.',
    'Weiner is a common surname.',
    'Anthony Weiner resigned. Weiner said he was sorry.',
    'Dominique Strauss - Kahn was arrested.',
    'She ate an apple.',
    'Apple shares rose.',
    'The cartel was dismantled.',
    'The CARTELS were dismantled.',
    '',
  ];
  it.each(['Wells Fargo', 'Anthony Weiner', 'Dominique Strauss-Kahn', 'Apple', 'cartels', 'wells'])(
    '%s',
    (topic) => {
      const matcher = topicMatcher(topic);
      const says = texts.map((t) => namesTopicIn(t, matcher));
      expect(says).toEqual(texts.map((t) => topicMentions(t, matcher).length > 0));
      expect(says).toContain(true);
      // Asked again: the answer does not depend on an earlier call (no regex state carried over).
      expect(texts.map((t) => namesTopicIn(t, matcher))).toEqual(says);
    },
  );
});

describe('a name is looked for where its first word is', () => {
  /** What the patterns alone find: every match of the phrase, and of the surname where the phrase is. */
  const byPattern = (topic: string, text: string) => {
    const matcher = topicMatcher(topic);
    const spans = (pattern: RegExp) =>
      [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const full = spans(matcher.phrase);
    if (full.length === 0 || !matcher.short) return full;
    const short = spans(matcher.short).filter((s) => !full.some((f) => s.start < f.end && f.start < s.end));
    return [...full, ...short].sort((a, b) => a.start - b.start);
  };

  it('finds what the patterns find, at word edges, in runs, after near misses and in other scripts', () => {
    const texts = [
      'Clinton, Clintons and Clinton’s aides; McClinton and Clinton2 are not; Hillary Clinton. Hillary  Clinton',
      'ClintonClinton Clinton-Clinton 1Clinton Clinton1 éClinton Clintoné «Clinton» CLINTON clinton',
      'Hillary-Clinton Hillary – Clinton HillaryClinton Hillary\nClinton said Clinton would.',
      'Strauss-Kahn Dominique Strauss - Kahn Strauss Strauss-Kahnian Dominique Strauss-Kahn.',
      '𝐀pple 𝐀pple’s 𝐀pples 𝐀𝐀pple',
      '',
    ];
    const topics = [
      'Clinton',
      'Hillary Clinton',
      'Dominique Strauss-Kahn',
      'Strauss',
      '𝐀pple',
      'G7',
      'Clinton2',
    ];
    let compared = 0;
    for (const topic of topics) {
      expect(topicMatcher(topic).find).not.toBeNull();
      for (const text of texts) {
        const expected = byPattern(topic, text);
        expect([topic, text, topicMentions(text, topicMatcher(topic))]).toEqual([topic, text, expected]);
        expect(namesTopicIn(text, topicMatcher(topic))).toBe(topicMatcher(topic).present.test(text));
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('a lower-case topic is matched in any case, by its pattern alone', () => {
    expect(topicMatcher('the election').find).toBeNull();
  });
});
