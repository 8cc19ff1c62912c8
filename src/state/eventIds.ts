/** Slack event ids already answered, as a port: this process's memory (`slack/guards.ts`) or PostgreSQL, shared. */
export interface EventIds {
  /** True the first time an event id is seen (within its time to live), false for a repeat. */
  firstTime(id: string): boolean | Promise<boolean>;
}
