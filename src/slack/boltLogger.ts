/** Bolt's logger interface over our logger, so Bolt's lines are levelled, prefixed and scrubbed of secrets too. */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logger';

const text = (parts: unknown[]) =>
  parts
    .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
    .join(' ');

export function boltLogger(logger: Logger, level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  return {
    debug: (...m: unknown[]) => logger.debug(`bolt: ${text(m)}`),
    info: (...m: unknown[]) => logger.info(`bolt: ${text(m)}`),
    warn: (...m: unknown[]) => logger.warn(`bolt: ${text(m)}`),
    error: (...m: unknown[]) => logger.error(`bolt: ${text(m)}`),
    setLevel: (l: LogLevel) => {
      current = l;
    },
    getLevel: () => current,
    setName: () => {},
  };
}
