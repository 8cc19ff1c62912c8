import { chooseKeyQuotes, notKeyQuoteReason, type QuoteCandidate } from '../../src/digest/keyQuotes';

const quote = (
  speaker: string | null,
  text: string,
  extra: Partial<QuoteCandidate> = {},
): QuoteCandidate => ({
  text,
  speaker,
  named: speaker !== null,
  role: null,
  paragraph: 3,
  title: 'Council votes to close two branch libraries',
  ...extra,
});
const asStored = (text: string, candidates: QuoteCandidate[]) => {
  const c = candidates.find((x) => x.text === text);
  return c ? { speaker: c.speaker, role: c.role } : null;
};

describe('key quotes', () => {
  it('gives one quote per person when one person appears under two names', async () => {
    const candidates = [
      quote('Chuck Tanner', '“We will keep the doors open as long as we can.”'),
      quote('Charles E. Tanner', '“The budget leaves us no other choice this year.”'),
      quote('Ana Ruiz', '“Children will have nowhere to go after school.”'),
    ];
    const chosen = await chooseKeyQuotes(candidates, async (t) => asStored(t, candidates));
    expect(chosen.map((k) => k.speaker)).toEqual(['Chuck Tanner', 'Ana Ruiz']);
  });

  it('never quotes a non-person, a short label or a headline fragment', () => {
    expect(notKeyQuoteReason(quote('Department', '“We are reviewing the decision with the board.”'))).toBe(
      'organisation',
    );
    expect(notKeyQuoteReason(quote('Fisher', '“We are reviewing the decision with the board.”'))).toBe(
      'one-word',
    );
    expect(
      notKeyQuoteReason(quote('Ninth Circuit', '“The order stands until the hearing next month.”')),
    ).toBe('organisation');
    expect(notKeyQuoteReason(quote('that', '“We are reviewing the decision with the board.”'))).toBe(
      'not-a-name',
    );
    expect(notKeyQuoteReason(quote('Ana Ruiz', '“a betrayal”'))).toBe('too-short');
    expect(
      notKeyQuoteReason(quote('Ana Ruiz', 'the board, she said, had “no other choice this year” at all')),
    ).toBe('not-direct');
    expect(
      notKeyQuoteReason(quote('Ana Ruiz', '“Council votes to close two branch libraries”', { paragraph: 1 })),
    ).toBe('headline-fragment');
  });

  it('names the speaker /whosaid gives for the words, not another one', async () => {
    const candidates = [quote('Ana Ruiz', '“Children will have nowhere to go after school.”')];
    const chosen = await chooseKeyQuotes(candidates, async () => ({
      speaker: 'Paul Okafor',
      role: 'library director',
    }));
    expect(chosen).toMatchObject([{ speaker: 'Paul Okafor', role: 'library director' }]);
  });

  it('drops a quote that /whosaid gives to an organisation', async () => {
    const candidates = [quote('Ana Ruiz', '“Children will have nowhere to go after school.”')];
    expect(
      await chooseKeyQuotes(candidates, async () => ({ speaker: 'Riverton Library Board', role: null })),
    ).toEqual([]);
  });

  it('puts the person quoted most first, and stops at three', async () => {
    const candidates = [
      quote('Ana Ruiz', '“Children will have nowhere to go after school.”', { paragraph: 1 }),
      quote('Paul Okafor', '“We looked at every other option before this one.”', { paragraph: 2 }),
      quote('Paul Okafor', '“The branches cost more to heat than to staff.”', { paragraph: 4 }),
      quote('Lee Chen', '“I have borrowed books there for forty years.”', { paragraph: 5 }),
      quote('Mina Sato', '“We will raise the money ourselves if we must.”', { paragraph: 6 }),
    ];
    const chosen = await chooseKeyQuotes(candidates, async (t) => asStored(t, candidates));
    expect(chosen.map((k) => k.speaker)).toEqual(['Paul Okafor', 'Ana Ruiz', 'Lee Chen']);
  });
});
