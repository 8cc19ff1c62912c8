import {
  alertKey,
  MAX_TOPIC_CHARS,
  newWatch,
  parseUnwatch,
  parseWatch,
  topicKey,
} from '../../src/watch/watches';

describe('reading /watch and /unwatch', () => {
  it.each([
    ['', { kind: 'list' }],
    ['  list ', { kind: 'list' }],
    ['LIST', { kind: 'list' }],
    ['Wells Fargo', { kind: 'add', topic: 'Wells Fargo' }],
    ['  "trade   war" ', { kind: 'add', topic: 'trade war' }],
    ['“El Mencho”', { kind: 'add', topic: 'El Mencho' }],
    ['stop Wells Fargo', { kind: 'remove', topic: 'Wells Fargo' }],
    ['stop', { kind: 'bad', problem: 'remove-what', topic: '' }],
    ['the', { kind: 'bad', problem: 'no-words', topic: 'the' }],
    ['listings fraud', { kind: 'add', topic: 'listings fraud' }],
  ])('/watch %j', (text, expected) => {
    expect(parseWatch(text)).toEqual(expected);
  });

  it('refuses a topic longer than a name or a short phrase', () => {
    expect(parseWatch('x'.repeat(MAX_TOPIC_CHARS + 1))).toMatchObject({ kind: 'bad', problem: 'too-long' });
    expect(parseWatch('x'.repeat(MAX_TOPIC_CHARS))).toMatchObject({ kind: 'add' });
  });

  it('/unwatch takes the topic, and asks which when there is none', () => {
    expect(parseUnwatch(' Wells Fargo ')).toEqual({ kind: 'remove', topic: 'Wells Fargo' });
    expect(parseUnwatch('')).toEqual({ kind: 'bad', problem: 'remove-what', topic: '' });
  });
});

describe('a watch', () => {
  it('is keyed case-blind, hyphens and spaces alike', () => {
    expect(topicKey(' Strauss-Kahn ')).toBe(topicKey('strauss kahn'));
    expect(topicKey('Wells  Fargo')).toBe('wells fargo');
  });

  it('keeps the topic as typed (its capitals say it is a name) and when it was made', () => {
    const w = newWatch('C1', 'Wells Fargo', 'U1', new Date('2025-08-15T08:00:00Z'));
    expect(w).toEqual({
      channel: 'C1',
      topic: 'Wells Fargo',
      key: 'wells fargo',
      createdAt: '2025-08-15T08:00:00.000Z',
      createdBy: 'U1',
    });
  });

  it("alerts under one key per channel, topic and article, whatever the article's version", () => {
    const w = newWatch('C1', 'Wells Fargo', 'U1', new Date());
    expect(alertKey(w, 'banks/2025-08-15')).toBe('watch:C1:wells fargo:banks/2025-08-15');
    expect(alertKey({ ...w, channel: 'C2' }, 'banks/2025-08-15')).not.toBe(alertKey(w, 'banks/2025-08-15'));
  });
});
