/** What a line typed into the local console asks for: a command of the list (with or without "/"), or a question. */
import { type AnyCommand, commandList } from '../commands';

export type ConsoleRequest =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'help' }
  | { kind: 'command'; command: AnyCommand; text: string; typed: string };

export function parseConsoleLine(
  line: string,
  commands: readonly AnyCommand[] = commandList(),
): ConsoleRequest {
  const trimmed = line.trim();
  if (trimmed === '') return { kind: 'empty' };
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  if (['quit', 'exit', '/quit', '/exit'].includes(word)) return { kind: 'quit' };
  if (['help', '/help', '?'].includes(word)) return { kind: 'help' };
  const command = commands.find((c) => c.name === word.replace(/^\//, ''));
  if (command) return { kind: 'command', command, text: rest.join(' '), typed: word };
  const ask = commands.find((c) => c.name === 'ask');
  return ask ? { kind: 'command', command: ask, text: trimmed, typed: '/ask' } : { kind: 'help' };
}
