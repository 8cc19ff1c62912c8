/** Parses the command line into a command, its words and the global options, or a usage problem. */

import { parseArgs } from 'node:util';
import { UsageError } from '../errors';
import { MSG } from '../messages';

export interface CliArgs {
  command: string | null;
  /** The remaining words, joined: `search timeshare fraud` and `search "timeshare fraud"` mean the same. */
  text: string;
  words: string[];
  corpus?: string;
  data?: string;
  json: boolean;
  help: boolean;
  limit?: number;
  published?: string;
  since?: string;
  until?: string;
  outlet?: string;
  by?: string;
  page?: number;
  post: boolean;
}

export { UsageError };

const OPTIONS = {
  corpus: { type: 'string' },
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  limit: { type: 'string' },
  published: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  outlet: { type: 'string' },
  page: { type: 'string' },
  by: { type: 'string' },
  post: { type: 'boolean', default: false },
} as const;

function parseLimit(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(MSG.badLimit(raw));
  return limit;
}

/** `--page N`, counted from 1 as people count; 0-based inside. */
function parsePage(raw: string): number {
  const page = Number(raw);
  if (!Number.isInteger(page) || page < 1) throw new UsageError(MSG.badPage(raw));
  return page - 1;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(MSG.badOption((err as Error).message.split('\n')[0] ?? 'bad option'));
  }
  const [command = null, ...words] = parsed.positionals;
  const { values } = parsed;
  return {
    command,
    words,
    text: words.join(' '),
    json: values.json,
    help: values.help,
    ...(values.corpus !== undefined && { corpus: values.corpus }),
    ...(values.data !== undefined && { data: values.data }),
    ...(values.limit !== undefined && { limit: parseLimit(values.limit) }),
    ...(values.published !== undefined && { published: values.published }),
    ...(values.since !== undefined && { since: values.since }),
    ...(values.until !== undefined && { until: values.until }),
    ...(values.outlet !== undefined && { outlet: values.outlet }),
    ...(values.by !== undefined && { by: values.by }),
    ...(values.page !== undefined && { page: parsePage(values.page) }),
    post: values.post,
  };
}
