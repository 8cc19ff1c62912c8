/**
 * Where watches are kept, as a port: a JSON file in the data folder by default (`fileStore.ts`), a table in
 * PostgreSQL with DATABASE_URL (`store/postgres/watches.ts`), so every instance alerts for the same watches.
 */
import type { Watch } from './watches';

export type AddOutcome = 'added' | 'exists' | 'full';

export interface WatchStore {
  /** Adds the watch unless its channel already has one with its key ('exists') or `max` of them ('full'). */
  add(watch: Watch, max: number): Promise<AddOutcome>;
  /** Removes the channel's watch with this key: the watch removed, or null when there was none. */
  remove(channel: string, key: string): Promise<Watch | null>;
  /** The channel's watches, oldest first. */
  list(channel: string): Promise<Watch[]>;
  /** Every channel's watches. */
  all(): Promise<Watch[]>;
}
