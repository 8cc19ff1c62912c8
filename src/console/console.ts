/**
 * The local console: a line-by-line chat with the archive when no Slack tokens are set. With a terminal it
 * prompts; with piped input it echoes each line before its answer, answers every line and ends at end of input.
 */
import { createInterface } from 'node:readline';
import { type AnyCommand, commandList } from '../commands';
import type { Services } from '../commands/services';
import { CONSOLE, MSG } from '../messages';
import { describeQueryProblem } from '../render/text/renderText';
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

/** The console's help, from the command list. */
export function consoleHelp(commands: readonly AnyCommand[] = commandList()): string {
  const lines = commands.map((c) => CONSOLE.helpLine(`${c.slash ?? c.name} ${c.help.args}`, c.help.summary));
  return [CONSOLE.helpHead, ...lines, CONSOLE.helpTail].join('\n');
}

/** The answer to one command as text; `typed` is the command as the person wrote it ("search", "/ask"). */
async function commandReply(services: Services, command: AnyCommand, text: string, typed: string) {
  const example = command.help.examples.find((e) => e !== '') ?? '';
  const parsed = command.parse({ text });
  if (!parsed.ok) return parsed.problem === 'empty' ? MSG.emptyQuery(typed, example) : parsed.message;
  const result = await command.answer(services, parsed.input);
  return result.ok ? command.renderText(result.answer) : describeQueryProblem(result, typed, example);
}

export function createConsoleHandler(services: Services, commands: readonly AnyCommand[] = commandList()) {
  return async (line: string): Promise<ConsoleReply> => {
    const request = parseConsoleLine(line, commands);
    switch (request.kind) {
      case 'empty':
        return { text: '', quit: false };
      case 'quit':
        return { text: CONSOLE.goodbye, quit: true };
      case 'help':
        return { text: consoleHelp(commands), quit: false };
      case 'command':
        return {
          text: await commandReply(services, request.command, request.text, request.typed),
          quit: false,
        };
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
