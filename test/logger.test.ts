import { createLogger, createMemoryLogger, redact } from '../src/logger';

describe('logger', () => {
  it('writes lines at or above its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (l) => lines.push(l) });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines).toEqual(['newsdesk warn: w\n', 'newsdesk error: e\n']);
  });

  it('never writes a registered secret or anything shaped like a Slack token', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', write: (l) => lines.push(l), secrets: ['s3cr3t-signing'] });
    logger.debug('secret=s3cr3t-signing bot=xoxb-123-456-abc app=xapp-1-A0-xyz');
    expect(lines).toEqual(['newsdesk debug: secret=[redacted] bot=[redacted] app=[redacted]\n']);
  });

  it('keeps lines in memory for tests', () => {
    const logger = createMemoryLogger('info');
    logger.info('hello');
    expect(logger.lines).toEqual(['newsdesk info: hello']);
    expect(redact('plain', [])).toBe('plain');
  });
});
