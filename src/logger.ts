/** The one logger: levelled lines on a stream (stderr by default), with secrets scrubbed from every line. */

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LoggerOptions {
  level: LogLevel;
  write: (line: string) => void;
  /** Exact values (tokens, signing secrets) that must never appear in a log line. */
  secrets?: readonly string[];
}

/** Slack token shapes (xoxb-, xoxp-, xapp-, …): scrubbed even when nobody registered them as secrets. */
const TOKEN_PATTERN = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g;
const REDACTED = '[redacted]';

export function redact(line: string, secrets: readonly string[]): string {
  let out = line.replace(TOKEN_PATTERN, REDACTED);
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}

export function createLogger(options: LoggerOptions): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level);
  const secrets = options.secrets ?? [];
  const emit = (level: LogLevel, message: string): void => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    options.write(`newsdesk ${level}: ${redact(message, secrets)}\n`);
  };
  return {
    debug: (m) => emit('debug', m),
    info: (m) => emit('info', m),
    warn: (m) => emit('warn', m),
    error: (m) => emit('error', m),
  };
}

/** A logger that keeps its lines, for tests and for code that reports what it logged. */
export function createMemoryLogger(level: LogLevel = 'debug'): Logger & { lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => lines.push(line.trimEnd()) });
  return Object.assign(logger, { lines });
}
