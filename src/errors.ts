/**
 * The errors newsdesk names, in one place: each says what was wrong (the command, the variable, the folder) in its
 * message, and the edges turn each into its exit code or reply. Answers do not throw for a bad question: they
 * return a `Result`, an answer or the problem with the question.
 */

/** An answer, or why the question could not be answered (the problem names what was wrong). */
export type Result<A, P extends { ok: false } = { ok: false; problem: string }> = { ok: true; answer: A } | P;

/** A command used wrongly: an unknown command or option, a missing argument, a bad value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An environment variable with a value newsdesk cannot use. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** The corpus folder itself cannot be read (one bad file is skipped with a warning instead). */
export class CorpusUnreadableError extends Error {
  constructor(
    readonly dir: string,
    reason: string,
  ) {
    super(`cannot read the corpus folder ${dir}: ${reason}`);
    this.name = 'CorpusUnreadableError';
  }
}

/** A Slack credential the app needs is not set. */
export class MissingCredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingCredentialError';
  }
}
