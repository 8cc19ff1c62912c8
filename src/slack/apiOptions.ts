/** The Web API client's options: two retries with backoff, then give up; ten seconds per request at most. */
export const API_RETRY = {
  retries: 2,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 3000,
  randomize: true,
} as const;
export const API_TIMEOUT_MS = 10_000;
