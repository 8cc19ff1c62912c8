import { routeQuestion } from '../../src/answers/intent';

describe('routeQuestion', () => {
  it.each([
    ['who said "could happen"?', 'could happen'],
    ['Who said “It’s not Art of the Deal”', 'It’s not Art of the Deal'],
    [
      'who said it is really easy to get the United States into a war',
      'it is really easy to get the United States into a war',
    ],
    ['Who told Rolling Stone that a strike is coming?', 'Rolling Stone that a strike is coming'],
    ['whose words are "the narcos are paying attention"', 'the narcos are paying attention'],
    ['Which official said "This isn\'t a bluff"?', "This isn't a bluff"],
  ])('who-said: %s', (question, quote) => {
    expect(routeQuestion(question)).toEqual({ kind: 'whosaid', quote });
  });

  it.each([
    ['What is the tariff timeline?', 'tariff'],
    ['timeline of the cartel designations', 'cartel designations'],
    ['what happened with the tariffs', 'tariffs'],
  ])('timeline: %s', (question, topic) => {
    expect(routeQuestion(question)).toEqual({ kind: 'timeline', topic });
  });

  it.each([
    ['When did Mexico extradite 26 cartel members?', 'Mexico extradite 26 cartel members'],
    ['when was the debate?', 'debate'],
  ])('when: %s asks for a date, with its topic for a timeline', (question, topic) => {
    expect(routeQuestion(question)).toEqual({ kind: 'when', question, topic });
  });

  it('a "when" question that asks for a timeline is a timeline', () => {
    expect(routeQuestion('When is the timeline of the tariffs?')).toMatchObject({ kind: 'timeline' });
  });

  it.each([
    ['Who is Geoffrey Corn?', 'Geoffrey Corn'],
    ["who's Mica Treviño", 'Mica Treviño'],
    ['Tell me about Pam Bondi.', 'Pam Bondi'],
  ])('profile: %s', (question, name) => {
    expect(routeQuestion(question)).toEqual({ kind: 'profile', name });
  });

  it.each([
    ['How much is the bounty on El Mencho?', 'amount'],
    ['how many cartel members did Mexico extradite', 'number'],
    ['What industries does CJNG extort?', 'thing'],
    ['Where is the Army Special Operations Command?', 'place'],
  ])('factoid: %s', (question, wants) => {
    expect(routeQuestion(question)).toMatchObject({ kind: 'factoid', wants });
  });

  it('searches when no intent fits, and "who is" with a description is not a profile', () => {
    expect(routeQuestion('timeshare fraud')).toEqual({ kind: 'search', query: 'timeshare fraud' });
    expect(routeQuestion('who is running the cartels?')).toMatchObject({ kind: 'search' });
  });
});
