/**
 * "Why this answer?", privately: the question as read (its words and filters), the intent chosen, each cited
 * passage with the question's words in bold, its match kind and score where the answer has them, and the index
 * version. Pure: the same answer to the same question on the same index always explains the same way.
 */
import type { Citation } from '../../answers/citation';
import type { AppliedFilter } from '../../commands/filters';
import { SLACK } from '../../messages';
import { processTerm } from '../../text/terms';
import { type Block, context, fitBlocks, section } from './blocks';
import { escapeMrkdwn } from './mrkdwn';

export interface WhyInput {
  command: string;
  /** The words looked up, filters taken out. */
  words: string;
  filters: readonly AppliedFilter[];
  /** The intent chosen: the command, or for /ask the answer it routed to. */
  intent: string;
  answer: unknown;
  indexVersion: string;
}

/** A cited passage, with what the answer says about how it matched. */
export interface Evidence {
  citation: Citation;
  score?: number;
  match?: string;
}

/** How many cited passages the explanation shows. */
export const WHY_PASSAGES = 10;

const isCitation = (v: unknown): v is Citation =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Citation).articleId === 'string' &&
  typeof (v as Citation).passage === 'string';

/** The cited passages of an answer, in the order it gives them, each once, with a score or match kind nearby. */
export function evidenceOf(answer: unknown): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  const add = (citation: Citation, holder: Record<string, unknown>) => {
    const key = `${citation.articleId}\u0000${citation.paragraph}\u0000${citation.passage}`;
    if (seen.has(key) || out.length >= WHY_PASSAGES) return;
    seen.add(key);
    const kind = (holder.match as { kind?: unknown } | undefined)?.kind;
    out.push({
      citation,
      ...(typeof holder.score === 'number' && { score: holder.score }),
      ...(typeof kind === 'string' && { match: kind }),
    });
  };
  const walk = (value: unknown, holder: Record<string, unknown>): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, holder);
      return;
    }
    if (isCitation(value)) {
      add(value, holder);
      return;
    }
    const record = value as Record<string, unknown>;
    for (const v of Object.values(record)) walk(v, record);
  };
  walk(answer, {});
  return out;
}

/** The passage with every word that shares an index term with the question in bold; the words matched. */
export function highlight(passage: string, question: string): { mrkdwn: string; matched: string[] } {
  const wanted = new Set(
    (question.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(processTerm).filter((t): t is string => t !== null),
  );
  const matched = new Set<string>();
  let out = '';
  let at = 0;
  for (const m of passage.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    const term = processTerm(m[0]);
    if (!term || !wanted.has(term)) continue;
    out += `${escapeMrkdwn(passage.slice(at, m.index))}*${escapeMrkdwn(m[0])}*`;
    at = m.index + m[0].length;
    matched.add(m[0].toLowerCase());
  }
  return { mrkdwn: out + escapeMrkdwn(passage.slice(at)), matched: [...matched] };
}

export function whyMessage(input: WhyInput): { text: string; blocks: Block[] } {
  const filters = input.filters.map((f) => `${f.name}:${f.value}`).join(' ');
  const head = [
    section(SLACK.whyHeading),
    context(
      [
        SLACK.whyQuestion(escapeMrkdwn(input.words)),
        SLACK.whyFilters(escapeMrkdwn(filters)),
        SLACK.whyIntent(escapeMrkdwn(input.intent)),
        SLACK.whyIndex(escapeMrkdwn(input.indexVersion)),
      ].join('\n'),
    ),
  ];
  const items = evidenceOf(input.answer).map((e, i) => {
    const lit = highlight(e.citation.passage, input.words);
    const facts = [
      SLACK.whyMatched(lit.matched.map(escapeMrkdwn).join(', ')),
      ...(e.match ? [SLACK.whyMatchKind(e.match)] : []),
      ...(e.score !== undefined ? [SLACK.whyScore(e.score.toFixed(3))] : []),
      `${escapeMrkdwn(e.citation.outlet ?? e.citation.articleId)} · ${SLACK.paragraph(e.citation.paragraph)}`,
    ];
    return [section(`${i + 1}. ${lit.mrkdwn}`), context(facts.join(' · '))];
  });
  if (items.length === 0) items.push([context(SLACK.whyNothingCited)]);
  return { text: SLACK.whyFallback(input.intent, input.words), blocks: fitBlocks(head, items) };
}
