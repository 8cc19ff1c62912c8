/**
 * `ask`: any question in plain English, routed to the answer that fits it — who-said, timeline, a person's
 * profile, a factoid sentence — or answered from the passages. A question the archive cannot answer says so and
 * offers the closest passages; nothing is generated.
 */
import type { Result } from '../errors';
import type { ArchiveReader } from './archive';
import { answerFactoid, type FactoidAnswer } from './factoid';
import { type Intent, routeQuestion } from './intent';
import { answerProfile, type ProfileAnswer } from './profile';
import { normaliseQuery, type QueryProblem } from './query';
import type { Search, SearchAnswer, SearchHit } from './search';
import type { Timeline, TimelineAnswer } from './timeline';
import { answerWhen } from './whenAnswer';
import type { WhoSaid, WhoSaidAnswer } from './whosaid';

export type AskAnswer =
  | { question: string; intent: 'whosaid'; found: boolean; answer: WhoSaidAnswer; suggestions: SearchHit[] }
  | {
      question: string;
      intent: 'timeline';
      found: boolean;
      answer: TimelineAnswer;
      suggestions: SearchHit[];
      /** A "when" question no sentence gave a date for, answered with the timeline of its topic instead. */
      noDatePrinted?: true;
    }
  | { question: string; intent: 'profile'; found: boolean; answer: ProfileAnswer; suggestions: SearchHit[] }
  | { question: string; intent: 'factoid'; found: boolean; answer: FactoidAnswer; suggestions: SearchHit[] }
  | { question: string; intent: 'search'; found: boolean; answer: SearchAnswer; suggestions: SearchHit[] };

export type AskResult = Result<AskAnswer, QueryProblem>;

const SUGGESTIONS = 3;

interface Deps {
  archive: ArchiveReader;
  search: Search;
  whosaid: WhoSaid;
  timeline: Timeline;
}

async function answerIntent(deps: Deps, question: string, intent: Intent): Promise<AskAnswer | QueryProblem> {
  const base = { question, suggestions: [] as SearchHit[] };
  switch (intent.kind) {
    case 'whosaid': {
      const r = await deps.whosaid(intent.quote);
      return r.ok ? { ...base, intent: 'whosaid', found: r.answer.found, answer: r.answer } : r;
    }
    case 'timeline': {
      const r = await deps.timeline(intent.topic);
      return r.ok ? { ...base, intent: 'timeline', found: r.answer.events.length > 0, answer: r.answer } : r;
    }
    case 'profile': {
      const answer = await answerProfile(deps.archive, intent.name);
      return { ...base, intent: 'profile', found: answer.found, answer };
    }
    case 'factoid': {
      const answer = await answerFactoid(deps.archive, question, intent.wants);
      return { ...base, intent: 'factoid', found: answer.found, answer };
    }
    case 'when': {
      // The date a sentence prints for what is asked; a timeline of the topic when no sentence gives one.
      const answer = await answerWhen(deps.archive, question);
      if (answer.found) return { ...base, intent: 'factoid', found: true, answer };
      const timeline = await answerIntent(deps, question, { kind: 'timeline', topic: intent.topic });
      return 'intent' in timeline && timeline.intent === 'timeline'
        ? { ...timeline, noDatePrinted: true }
        : timeline;
    }
    case 'search': {
      const r = await deps.search(intent.query);
      return r.ok ? { ...base, intent: 'search', found: r.answer.hits.length > 0, answer: r.answer } : r;
    }
  }
}

export function createAsk(deps: Deps) {
  return async (rawQuestion: string): Promise<AskResult> => {
    const question = normaliseQuery(rawQuestion);
    if (!question.ok) return question;
    const answered = await answerIntent(deps, question.text, routeQuestion(question.text));
    if ('ok' in answered) return answered;
    if (!answered.found && answered.intent !== 'search') {
      const r = await deps.search(question.text, SUGGESTIONS);
      answered.suggestions = r.ok ? r.answer.hits : [];
    }
    return { ok: true, answer: answered };
  };
}

export type Ask = ReturnType<typeof createAsk>;
