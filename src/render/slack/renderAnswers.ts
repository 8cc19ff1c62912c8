/**
 * Answers as Slack messages: Block Kit with a plain-text fallback. Pure functions; every piece of article and
 * user text is escaped; the conclusion is stated in the bot's own line before the quoted text and its sources.
 */
import type { AskAnswer } from '../../answers/ask';
import type { CheckQuotesAnswer } from '../../answers/checkQuotes';
import type { Citation } from '../../answers/citation';
import type { FactoidSentence } from '../../answers/factoid';
import type { ProfileAnswer } from '../../answers/profile';
import type { SearchAnswer, SearchHit } from '../../answers/search';
import type { TimelineEvent } from '../../answers/timeline';
import type { WhoSaidAnswer } from '../../answers/whosaid';
import type { AppliedFilter } from '../../commands/filters';
import type { Digest, DigestStory } from '../../digest/compose';
import { SLACK } from '../../messages';
import { sameWordsKey } from '../../text/terms';
import { readableDay, readableValue } from '../readableDate';
import { leftOutHint, type PagedTimeline, timelinePage, timelineQuery } from '../timelinePages';
import {
  type Block,
  buttonBlock,
  context,
  divider,
  fitBlocks,
  MAX_FALLBACK_CHARS,
  quoteBlock,
  section,
} from './blocks';
import { escapeMrkdwn, link, quoteLines, truncate } from './mrkdwn';

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/**
 * One citation, on one line: "Rolling Stone · Thu 14 Aug 2025 · paragraph 13 · _title_ · updated Fri 15 Aug 2025",
 * the outlet linked to the article when it has a URL.
 */
export function citationLine(c: Citation, extra?: string): string {
  const outlet = link(c.url, c.outlet ?? c.title ?? c.articleId);
  const parts = [outlet, readableDay(c.published), SLACK.paragraph(c.paragraph)];
  if (c.title && c.outlet) parts.push(`_${escapeMrkdwn(c.title)}_`);
  if (c.updated && c.updated !== c.published) parts.push(SLACK.updated(readableDay(c.updated)));
  if (extra) parts.push(escapeMrkdwn(extra));
  return parts.join(' · ');
}

/** Several citations, one per line. */
export const citationLines = (cs: readonly Citation[]): string => cs.map((c) => citationLine(c)).join('\n');

const cited = (passage: string, c: Citation, extra?: string): Block[] => [
  quoteBlock(passage),
  context(citationLine(c, extra)),
];
const hitItems = (hits: SearchHit[]) => hits.map((h) => cited(h.citation.passage, h.citation));
const plain = (text: string) => truncate(escapeMrkdwn(text.replace(/\s+/g, ' ').trim()), MAX_FALLBACK_CHARS);

export function whoSaidMessage(a: WhoSaidAnswer, tail: Block[] = []): SlackMessage {
  if (!a.found) {
    const head = [section(escapeMrkdwn(SLACK.notFoundQuote(a.query)))];
    const items = hitItems(a.suggestions);
    if (items.length) head.push(context(SLACK.closest));
    return { text: plain(SLACK.notFoundQuote(a.query)), blocks: fitBlocks(head, items, tail) };
  }
  const speaker = escapeMrkdwn(a.speaker ?? '');
  const role = a.role ? escapeMrkdwn(a.role) : null;
  const words = (a.match?.differences ?? []).map((w) => `‘${escapeMrkdwn(w)}’`).join(', ');
  const head: Block[] = [section(`${SLACK.said(speaker, role)}\n${matchLabel(a.match?.kind, words)}`)];
  head.push(quoteBlock(a.attributions[0]?.quote ?? ''));
  if (a.alsoUnnamed.length) head.push(context(SLACK.alsoUnnamed(a.alsoUnnamed.map(escapeMrkdwn).join('; '))));
  if (a.conflict) {
    const parts = a.attributions
      .filter((x) => x.speaker)
      .map(
        (x) =>
          `${escapeMrkdwn(x.citation.outlet ?? x.citation.articleId)} gives it to *${escapeMrkdwn(x.speaker ?? '')}*`,
      );
    head.push(section(SLACK.conflict(parts.join('; '))));
  }
  const items = a.attributions.map((x) =>
    cited(
      x.citation.passage,
      x.citation,
      x.mention && x.mention !== x.speaker ? SLACK.as(x.mention) : undefined,
    ),
  );
  const differ = a.match?.kind === 'differs' ? `${SLACK.wordsDiffer(words)} ` : '';
  const text = `${differ}${a.speaker}${a.role ? `, ${a.role},` : ''} said: ${a.attributions[0]?.quote ?? ''}`;
  return { text: plain(text), blocks: fitBlocks(head, items, tail) };
}

/** How exact the match is, said right under the speaker: "exact words", "close: ‘not’ differ". */
function matchLabel(kind: string | undefined, words: string): string {
  if (kind === 'differs') return SLACK.matchDiffers(words);
  if (kind === 'close') return `_${SLACK.matchClose(words)}_`;
  return `_${SLACK.matchExact}_`;
}

export function searchMessage(a: SearchAnswer, tail: Block[] = []): SlackMessage {
  if (a.hits.length === 0)
    return {
      text: plain(SLACK.noHits(a.query)),
      blocks: [section(escapeMrkdwn(SLACK.noHits(a.query))), ...tail],
    };
  const heading = SLACK.hitsHeading(a.hits.length, a.query);
  return {
    text: plain(heading),
    blocks: fitBlocks([section(escapeMrkdwn(heading))], hitItems(a.hits), tail),
  };
}

/** How many of an event's citations its line shows; the others are counted. */
export const EVENT_CITATIONS_SHOWN = 3;

/** An event's citations; in an event that happened, those published ahead of it say so (see Citation.planned). */
function eventCitations({ citations, planned }: TimelineEvent): string {
  const ahead = (c: Citation) => (c.planned && !planned ? SLACK.citedAhead : undefined);
  const shown = citations.slice(0, EVENT_CITATIONS_SHOWN).map((c) => citationLine(c, ahead(c)));
  const more = citations.length - shown.length;
  return [...shown, ...(more > 0 ? [SLACK.moreReports(more)] : [])].join('\n');
}

/** What a "Show more" button carries: the words to look up again (filters included) and the page to show. */
export interface MoreValue {
  q: string;
  p: number;
}

/** A timeline page; `lead` goes first, inside the block budget (a note on why this answer is a timeline). */
export function timelineMessage(a: PagedTimeline, tail: Block[] = [], lead: Block[] = []): SlackMessage {
  if (a.events.length === 0) {
    return {
      text: plain(SLACK.noEvents(a.topic)),
      blocks: [...lead, section(escapeMrkdwn(SLACK.noEvents(a.topic))), ...leftOutBlocks(a), ...tail],
    };
  }
  const page = timelinePage(a, a.page ?? 0);
  const topic = escapeMrkdwn(a.topic);
  const heading =
    page.page === 0
      ? SLACK.timelineHeadingTop(page.events.length, page.total, topic)
      : SLACK.timelineHeadingPage(page.page + 1, page.pages, topic);
  const items = page.events.map((e) => [
    section(
      `*${escapeMrkdwn(readableValue(e.date))}*${e.planned ? ` ${SLACK.plannedEvent}` : ''}  ${escapeMrkdwn(e.text)}`,
    ),
    context(eventCitations(e)),
  ]);
  const undated = page.page === 0 ? a.undated.map((u) => cited(u.text, u.citations[0] as Citation)) : [];
  if (undated.length) items.push([section(SLACK.undated)], ...undated);
  const more: Block[] = [];
  if (page.page + 1 < page.pages) {
    const value: MoreValue = { q: timelineQuery(a), p: page.page + 1 };
    const left = page.total - (page.page + 1) * a.pageSize;
    more.push(
      buttonBlock(
        SLACK.moreActionId,
        SLACK.moreLabel(Math.min(left, a.pageSize), left),
        JSON.stringify(value),
      ),
    );
  }
  const first = page.events[0];
  const hint = page.page === 0 ? leftOutBlocks(a) : [];
  return {
    text: plain(
      SLACK.timelineFallback(page.events.length, page.total, a.topic, readableValue(first?.date ?? '')),
    ),
    blocks: fitBlocks([...lead, section(heading)], items, [...hint, ...more, ...tail]),
  };
}

/**
 * The days a timeline does not list, how to list their busiest weeks, and a button that does: the same words and
 * filters with the weeks' publication window, page 1, as "Show more" asks for a page (see leftOutHint).
 */
function leftOutBlocks(a: PagedTimeline): Block[] {
  const hint = leftOutHint(a);
  if (!hint) return [];
  const [from, to] = [escapeMrkdwn(hint.from), escapeMrkdwn(hint.to)];
  // The question shown in a code span: escaped for Slack, a backtick (which would end the span) shown as a quote.
  const shown = escapeMrkdwn(hint.query).replace(/`/g, "'");
  const line = SLACK.timelineLeftOut(hint.count, hint.stretch, from, to, shown);
  const value: MoreValue = { q: hint.query, p: 0 };
  return [context(line), buttonBlock(SLACK.stretchActionId, SLACK.stretchLabel, JSON.stringify(value))];
}

/** A factoid sentence with its answering words in bold. */
function boldAnswer(s: FactoidSentence): string {
  let out = '';
  let at = 0;
  for (const h of [...s.highlights].sort((x, y) => x.start - y.start)) {
    out += `${escapeMrkdwn(s.sentence.slice(at, h.start))}*${escapeMrkdwn(h.text)}*`;
    at = h.end;
  }
  return out + escapeMrkdwn(s.sentence.slice(at));
}

/** How many of a person's articles the "In the news" part lists. */
export const PROFILE_ARTICLES_SHOWN = 5;

/** The same words from several articles, shown once with every citation (case, quotes and spacing aside). */
export function sameQuotes(
  quotes: readonly { quote: string; citation: Citation }[],
): { quote: string; citations: Citation[] }[] {
  const groups = new Map<string, { quote: string; citations: Citation[] }>();
  for (const q of quotes) {
    const group = groups.get(sameWordsKey(q.quote));
    if (group) group.citations.push(q.citation);
    else groups.set(sameWordsKey(q.quote), { quote: q.quote, citations: [q.citation] });
  }
  return [...groups.values()];
}

export function profileMessage(p: ProfileAnswer, tail: Block[] = []): SlackMessage {
  if (!p.found) return plainMessage(SLACK.noProfile(p.name), tail);
  const head = [section(SLACK.profileHeading(escapeMrkdwn(p.name)))];
  const labelled = (label: string, groups: Block[][]) => (groups.length ? [[section(label)], ...groups] : []);
  const roles = p.roles.map((r) => [section(`• ${escapeMrkdwn(r.role)}`), context(citationLine(r.citation))]);
  const news = p.articles.length
    ? [
        [
          context(
            p.articles
              .slice(0, PROFILE_ARTICLES_SHOWN)
              .map((c) => citationLine(c))
              .join('\n'),
          ),
        ],
      ]
    : [];
  const quotes = sameQuotes(p.quotes).map((q) => [quoteBlock(q.quote), context(citationLines(q.citations))]);
  const items = [
    ...labelled(SLACK.profileRole, roles),
    ...labelled(SLACK.profileInTheNews, news),
    ...labelled(SLACK.profileQuotes, quotes),
  ];
  const fallback = p.roles.map((r) => r.role).join('; ');
  return { text: plain(`${p.name}: ${fallback}`), blocks: fitBlocks(head, items, tail) };
}

/** A draft's quotations, each with the archive's verdict, the speaker, and where it was first printed. */
export function checkQuotesMessage(a: CheckQuotesAnswer, tail: Block[] = []): SlackMessage {
  if (a.quotes.length === 0) return plainMessage(SLACK.checkNone, tail);
  const items = a.quotes.map((q) => {
    const differences = q.differences.map((w) => `'${escapeMrkdwn(w)}'`).join(', ');
    const lines = [`> “${escapeMrkdwn(q.text)}”`, SLACK.checkVerdict(q.verdict, differences)];
    if (q.verdict !== 'not-found')
      lines.push(escapeMrkdwn(SLACK.checkSpeaker(q.draftSpeaker, q.speaker, q.speakerMatches)));
    const where = q.firstPrinted ? [context(`${SLACK.checkFirst} ${citationLine(q.firstPrinted)}`)] : [];
    return [section(lines.join('\n')), ...where];
  });
  const text = a.quotes.map((q) => SLACK.checkFallback(q.text, q.verdict)).join('; ');
  return { text: plain(text), blocks: fitBlocks([], items, tail) };
}

/** An answer to `/ask`, with the filters it was asked with (a timeline's buttons and hints ask with them again). */
export function askMessage(
  a: AskAnswer & { filters?: readonly AppliedFilter[] },
  tail: Block[] = [],
): SlackMessage {
  if (a.intent === 'whosaid') return whoSaidMessage(a.answer, tail);
  if (!a.found) {
    const blocks = fitBlocks([section(SLACK.cannotAnswer)], hitItems(a.suggestions), tail);
    return { text: SLACK.cannotAnswer, blocks };
  }
  if (a.intent === 'timeline') {
    const timeline = { ...a.answer, filters: a.filters };
    return timelineMessage(timeline, tail, a.noDatePrinted ? [section(SLACK.noDatePrinted)] : []);
  }
  if (a.intent === 'search') return searchMessage(a.answer, tail);
  if (a.intent === 'profile') return profileMessage(a.answer, tail);
  const { answer, supporting } = a.answer;
  if (!answer) return { text: SLACK.cannotAnswer, blocks: [section(SLACK.cannotAnswer), ...tail] };
  const { date } = a.answer;
  const when = date ? [section(SLACK.whenDate(escapeMrkdwn(readableValue(date.value)), date.articles))] : [];
  const head = [...when, section(boldAnswer(answer)), context(citationLine(answer.citation))];
  const items = supporting.map((s) => [
    section(`${SLACK.alsoPrinted} ${boldAnswer(s)}`),
    context(citationLine(s.citation)),
  ]);
  // The heading goes with the first of them, so it is never left alone when the rest does not fit.
  (a.answer.otherFigures ?? []).forEach((s, i) => {
    const heading = i === 0 ? [section(SLACK.otherFigures)] : [];
    items.push([...heading, section(boldAnswer(s)), context(citationLine(s.citation))]);
  });
  return { text: plain(answer.sentence), blocks: fitBlocks(head, items, tail) };
}

export function plainMessage(text: string, tail: Block[] = []): SlackMessage {
  return { text: plain(text), blocks: [section(escapeMrkdwn(text)), ...tail] };
}

/** "Rolling Stone · 2025-08-14", the outlet linked to the article: a digest names each story's headline once. */
const digestSource = (c: Citation) =>
  `${link(c.url, c.outlet ?? c.title ?? c.articleId)} · ${readableDay(c.published)}`;

const undatedSource = (c: Citation) =>
  `${link(c.url, c.title ?? c.articleId)}${c.outlet ? ` (${escapeMrkdwn(c.outlet)})` : ''}`;

/** One story: a divider, the headline and lead, the outlets, each key quote with its speaker, the articles. */
function digestStory(story: DigestStory): Block[] {
  return [
    divider(),
    section(`*${escapeMrkdwn(story.headline)}*\n${escapeMrkdwn(story.summary)}`),
    ...story.quotes.map((q) =>
      section(
        `${SLACK.digestSaid(escapeMrkdwn(q.speaker), q.role ? escapeMrkdwn(q.role) : null)}\n${quoteLines(q.quote)}`,
      ),
    ),
    context(`${SLACK.carriedBy(story.outlets.length)} ${story.articles.map(digestSource).join(', ')}`),
  ];
}

/** The digest: one item per story (headline, lead, key quotes, the outlets that carried it), who was quoted most. */
export function digestMessage(d: Digest, marker: string, tail: Block[] = []): SlackMessage {
  const window = d.since === d.until ? d.since : `${d.since} to ${d.until}`;
  const head = [section(SLACK.digestHeading(d.stories.length, escapeMrkdwn(window)))];
  if (d.stories.length === 0 && d.undated.length === 0)
    return {
      text: plain(`${marker}: ${SLACK.digestEmpty(window)}`),
      blocks: [section(escapeMrkdwn(SLACK.digestEmpty(window))), context(escapeMrkdwn(marker)), ...tail],
    };
  const items = d.stories.map(digestStory);
  if (d.undated.length)
    items.push([divider(), context(`${SLACK.digestUndated} ${d.undated.map(undatedSource).join(', ')}`)]);
  const quoted = d.mostQuoted.map((m) => `${escapeMrkdwn(m.speaker)} (${m.count})`).join(', ');
  const closing = [
    divider(),
    context(`${quoted ? `${SLACK.mostQuoted} ${quoted} · ` : ''}${escapeMrkdwn(marker)}`),
    ...tail,
  ];
  return {
    text: plain(`${marker}: ${d.stories.map((s) => s.headline).join('; ')}`),
    blocks: fitBlocks(head, items, closing),
  };
}
