/**
 * A command, described once: its name and slash command, its help, how its input is read, the answer it gives
 * and how that answer is drawn as text and in Slack. The command line, the console, the Slack listeners, `help`
 * and App Home all read the list in `./index.ts`.
 */
import type { QueryProblem } from '../answers/query';
import type { Block } from '../render/slack/blocks';
import type { SlackMessage } from '../render/slack/renderAnswers';
import type { Services } from './services';

/** What a person typed: the words, and, on the command line, its options. */
export interface CommandRequest {
  text: string;
  limit?: number | undefined;
  since?: string | undefined;
  until?: string | undefined;
  /** Filters given as options (the command line's `--outlet`, `--by`); the words may carry them too. */
  outlet?: string | undefined;
  by?: string | undefined;
  /** Which page of a long answer (a timeline), 0 for the first. */
  page?: number | undefined;
  /** The day relative dates ("yesterday", "last week") are read on, YYYY-MM-DD; today (UTC) by default. */
  today?: string | undefined;
}

export type Parsed<I> =
  | { ok: true; input: I }
  /** Nothing to look up: each adapter shows the command's usage its own way. */
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'invalid'; message: string };

export type Answered<A> = { ok: true; answer: A } | QueryProblem;

export interface CommandHelp {
  /** What follows the command: `<quote>`, `[since YYYY-MM-DD]`. */
  args: string;
  /** One line for the lists (`newsdesk --help`, the console's help, App Home). */
  summary: string;
  /** The first sentence of the Slack usage reply and the manifest's description. */
  description: string;
  /** Example inputs, without the command. */
  examples: readonly string[];
  /** Command-line options, as shown in `newsdesk --help`. */
  options?: string;
}

export interface CommandDescriptor<I = unknown, A = unknown> {
  name: string;
  /** The Slack slash command, or null when the command is not offered in Slack. */
  slash: `/${string}` | null;
  help: CommandHelp;
  parse(request: CommandRequest): Parsed<I>;
  answer(services: Services, input: I): Promise<Answered<A>>;
  renderText(answer: A): string;
  renderSlack(answer: A, tail: Block[]): SlackMessage;
  /** The buttons under a Slack answer; by default a "Share in channel" button that repeats the command. */
  slackButtons?(answer: A): Block[];
}

/** Builds a descriptor, keeping the input and answer types of its parts together. */
export const defineCommand = <I, A>(d: CommandDescriptor<I, A>): CommandDescriptor<I, A> => d;

/** The input of a command that looks up its words: empty words are "empty", the rest is for the answer. */
export function parseWords(request: CommandRequest): Parsed<string> {
  const text = request.text.trim();
  return text === '' ? { ok: false, problem: 'empty' } : { ok: true, input: text };
}
