/** The digest for a window, from the archive: the days default to those since the last digest posted. */
import type { Config } from '../config';
import type { Archive } from '../search/archive';
import { composeDigest, type Digest } from './compose';
import type { DigestLedger } from './ledger';
import { dayIn } from './schedule';
import { digestWindow } from './window';

export interface DigestDeps {
  archive: Archive;
  firstIndexed: ReadonlyMap<string, string>;
  ledger: DigestLedger;
  config: Pick<Config, 'digestTz' | 'digestChannel'>;
  now: () => Date;
}

export interface DigestRequest {
  since?: string | undefined;
  until?: string | undefined;
  /** The day the digest is for; today in DIGEST_TZ by default. */
  day?: string;
}

export async function digestFor(deps: DigestDeps, request: DigestRequest = {}): Promise<Digest> {
  const day = request.day ?? dayIn(deps.config.digestTz, deps.now());
  const window = await digestWindow(deps.ledger, deps.config.digestChannel, day, request);
  return composeDigest(deps.archive, { ...window, firstIndexed: deps.firstIndexed });
}
