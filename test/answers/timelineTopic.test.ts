import {
  isTopical,
  namesTopicIn,
  titleNamesTopic,
  topicMatcher,
  topicMentions,
} from '../../src/answers/timelineTopic';

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
    'Applesauce, Wells Fargoes and cartelisation are no names here.',
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

  it.each(['Wells Fargo', 'Apple', 'cartels'])(
    '%s: the quick test of its words finds every text the whole-word test finds, and more',
    (topic) => {
      const matcher = topicMatcher(topic);
      const words = texts.filter((t) => matcher.words.test(t));
      expect(words).toEqual(expect.arrayContaining(texts.filter((t) => matcher.present.test(t))));
      expect(words.filter((t) => !matcher.present.test(t))).not.toEqual([]);
      // So a title is told by it first, with the same answer.
      expect(texts.map((t) => titleNamesTopic(t, matcher))).toEqual(
        texts.map((t) => namesTopicIn(t, matcher)),
      );
    },
  );
});
