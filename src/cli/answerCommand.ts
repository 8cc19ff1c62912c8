/** A command of the command list on the command line: the words and options in, JSON or text out. */
import type { AnyCommand } from '../commands';
import { MSG } from '../messages';
import { describeQueryProblem } from '../render/text/renderText';
import { UsageError } from './args';
import { type Command, type CommandContext, print } from './context';

/** The command's answer to the command line's words and options; a usage error when there is none. */
export async function cliAnswer(ctx: CommandContext, command: AnyCommand): Promise<unknown> {
  const { text, limit, since, until, outlet, by, page } = ctx.args;
  const parsed = command.parse({ text, limit, since, until, outlet, by, page });
  const example = command.help.examples.find((e) => e !== '') ?? '';
  if (!parsed.ok)
    throw new UsageError(parsed.problem === 'empty' ? MSG.emptyQuery(command.name, example) : parsed.message);
  const { services } = await ctx.open();
  const result = await command.answer(services, parsed.input);
  if (!result.ok) throw new UsageError(describeQueryProblem(result, command.name, example));
  return result.answer;
}

export function answerCommand(command: AnyCommand): Command {
  return async (ctx) => {
    const answer = await cliAnswer(ctx, command);
    print(ctx, answer, () => command.renderText(answer));
    return 0;
  };
}
