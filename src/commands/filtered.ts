/**
 * A command whose words may carry filters (`since:`, `until:`, `outlet:`, `by:`, or the command line's flags):
 * the filters are read once here for every adapter, the answer is looked up over the filtered archive, and the
 * answer says which filters it applied (in text, in Slack, and as `filters` in `--json`).
 */
import { isFiltering } from '../answers/articleFilter';
import { MSG } from '../messages';
import { readableDay } from '../render/readableDate';
import { type Block, context } from '../render/slack/blocks';
import { escapeMrkdwn } from '../render/slack/mrkdwn';
import type { SlackMessage } from '../render/slack/renderAnswers';
import type { Answered, CommandDescriptor, CommandHelp, CommandRequest, Parsed } from './descriptor';
import { type AppliedFilter, type FilterParse, parseFilters } from './filters';
import type { CommandAnswers, Services } from './services';

export interface FilteredInput {
  text: string;
  filters: Extract<FilterParse, { ok: true }>;
  limit?: number | undefined;
  page?: number | undefined;
}

export type Filtered<A> = A & { filters: AppliedFilter[] };

/** The filters of a request: in its words, and the command line's options. */
export function parseFilteredWords(request: CommandRequest): Parsed<FilteredInput> {
  const { since, until, outlet, by, today } = request;
  const filters = parseFilters(request.text, { since, until, outlet, by }, today);
  if (!filters.ok) return { ok: false, problem: 'invalid', message: filters.message };
  return filters.text === ''
    ? { ok: false, problem: 'empty' }
    : { ok: true, input: { text: filters.text, filters, limit: request.limit, page: request.page } };
}

/** "since Fri 1 Aug 2025 · outlet Rolling Stone", or null without filters. */
export function filtersLine(applied: readonly AppliedFilter[]): string | null {
  if (applied.length === 0) return null;
  const shown = (a: AppliedFilter) =>
    a.name === 'since' || a.name === 'until' ? readableDay(a.value) : a.value;
  return MSG.filtersApplied(applied.map((a) => MSG.filterPart(a.name, shown(a))));
}

/** The filters as a Slack context line, put with the buttons (the tail) so the block limits count it. */
export function filtersBlocks(applied: readonly AppliedFilter[]): Block[] {
  const line = filtersLine(applied);
  return line ? [context(escapeMrkdwn(line))] : [];
}

export function withFiltersText(text: string, applied: readonly AppliedFilter[]): string {
  const line = filtersLine(applied);
  return line ? `${line}\n${text}` : text;
}

interface FilteredSpec<A> {
  name: string;
  slash: `/${string}` | null;
  help: CommandHelp;
  answer(answers: CommandAnswers, text: string, request: FilteredInput): Promise<Answered<A>>;
  renderText(answer: A): string;
  renderSlack(answer: A, tail: Block[]): SlackMessage;
}

/** A command descriptor that reads filters from its words and answers over the filtered archive. */
export function defineFilteredCommand<A>(
  spec: FilteredSpec<A>,
): CommandDescriptor<FilteredInput, Filtered<A>> {
  return {
    name: spec.name,
    slash: spec.slash,
    help: spec.help,
    parse: parseFilteredWords,
    answer: async (services: Services, input) => {
      const { filter } = input.filters;
      const answers = isFiltering(filter) ? services.answersFor(filter) : services.answers;
      const result = await spec.answer(answers, input.text, input);
      return result.ok ? { ok: true, answer: { ...result.answer, filters: input.filters.applied } } : result;
    },
    renderText: (answer) => withFiltersText(spec.renderText(answer), answer.filters),
    renderSlack: (answer, tail) => spec.renderSlack(answer, [...filtersBlocks(answer.filters), ...tail]),
  };
}
