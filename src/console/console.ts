/**
 * The local console: a line-by-line chat with the archive when no Slack tokens are set. With a terminal it
 * prompts; with piped input it echoes each line before its answer, answers every line and ends at end of input.
 */
import { createInterface } from 'node:readline';
import type { Answers } from '../answers/answers';
import { renderAskText } from '../cli/renderAsk';
import { renderTimelineText } from '../cli/renderDates';
import { renderDigestText } from '../cli/renderDigest';
import { renderWhoSaidText } from '../cli/renderQuotes';
import { describeQueryProblem, renderSearchText } from '../cli/renderText';
import type { Digest } from '../digest/compose';
import { CONSOLE, MSG } from '../messages';
import { parseConsoleLine } from './parseLine';

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  write: (text: string) => void;
  isTTY: boolean;
}

export interface ConsoleReply {
  text: string;
  quit: boolean;
}

/** The digest since a day ("/digest since 2025-08-01"), or since the last one. */
export type DigestSource = (since: string | undefined) => Promise<Digest>;

const DIGEST_SINCE = /^(?:since\s+(\d{4}-\d{2}-\d{2}))?$/i;

async function digestReply(digest: DigestSource | undefined, text: string): Promise<ConsoleReply> {
  const m = DIGEST_SINCE.exec(text.trim());
  if (!m) return { text: MSG.badDayOption('since', text.trim().replace(/^since\s+/i, '')), quit: false };
  if (!digest) return { text: CONSOLE.noDigest, quit: false };
  return { text: renderDigestText(await digest(m[1])), quit: false };
}

export function createConsoleHandler(answers: Answers, digest?: DigestSource) {
  return async (line: string): Promise<ConsoleReply> => {
    const request = parseConsoleLine(line);
    switch (request.kind) {
      case 'empty':
        return { text: '', quit: false };
      case 'quit':
        return { text: CONSOLE.goodbye, quit: true };
      case 'help':
        return { text: CONSOLE.help, quit: false };
      case 'digest':
        return digestReply(digest, request.text);
      case 'search': {
        const result = await answers.search(request.text);
        const text = result.ok ? renderSearchText(result.answer) : describeQueryProblem(result, 'search');
        return { text, quit: false };
      }
      case 'ask': {
        const result = await answers.ask(request.text);
        const text = result.ok ? renderAskText(result.answer) : describeQueryProblem(result, '/ask');
        return { text, quit: false };
      }
      case 'timeline': {
        const result = await answers.timeline(request.text);
        const text = result.ok
          ? renderTimelineText(result.answer)
          : describeQueryProblem(result, '/timeline');
        return { text, quit: false };
      }
      case 'whosaid': {
        const result = await answers.whosaid(request.text);
        const text = result.ok ? renderWhoSaidText(result.answer) : describeQueryProblem(result, '/whosaid');
        return { text, quit: false };
      }
    }
  };
}

export async function runConsole(
  io: ConsoleIO,
  banner: string,
  handle: (line: string) => Promise<ConsoleReply>,
) {
  io.write(`${banner}\n\n`);
  const rl = createInterface({ input: io.input, terminal: false });
  if (io.isTTY) io.write(CONSOLE.prompt);
  for await (const line of rl) {
    if (!io.isTTY && line.trim() !== '') io.write(`${CONSOLE.prompt}${line}\n`);
    const reply = await handle(line);
    if (reply.text) io.write(`${reply.text}\n\n`);
    if (reply.quit) break;
    if (io.isTTY) io.write(CONSOLE.prompt);
  }
  rl.close();
}
