/**
 * The sources of a running app: sources.yml read once (the corpus folder alone when there is none), each remote
 * source polled on its own schedule, the archive synced after a poll that changed something and when an
 * embargo lifts, and the webhook route for push sources. One failing source is logged and the rest go on.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { loadSourcesFile } from '../sources/config';
import { Fetcher, type FetcherOptions } from '../sources/fetch/fetcher';
import { handleIngest, INGEST_PATH } from '../sources/push/ingestRoute';
import { SourceRegistry } from '../sources/registry';
import type { RemoteSource } from '../sources/remoteSource';

export function openRegistry(
  config: Pick<Config, 'sourcesFile' | 'corpusDir' | 'dataDir'>,
  logger: Logger,
  options: { now?: () => Date; fetcher?: Omit<FetcherOptions, 'logger'> } = {},
): SourceRegistry {
  const sources = loadSourcesFile(config.sourcesFile ?? `${process.cwd()}/sources.yml`, config.corpusDir);
  const fetcher = new Fetcher({ logger, ...options.fetcher });
  return new SourceRegistry({
    sources,
    dataDir: config.dataDir,
    logger,
    fetcher,
    ...(options.now && { now: options.now }),
  });
}

/** The longest a timer waits (setTimeout's limit is about 24.8 days). */
const MAX_TIMER_MS = 2_000_000_000;

export class SourcePolling {
  private readonly timers = new Set<NodeJS.Timeout>();
  private liftTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly registry: SourceRegistry,
    private readonly sync: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /** Polls every remote source now, syncs, then keeps each on its schedule. */
  async start(): Promise<void> {
    await this.registry.pollAll();
    await this.sync();
    this.scheduleLift();
    for (const source of this.registry.remotes)
      if (source.config.everyMs > 0 && source.config.kind !== 'push') this.every(source);
  }

  /** Polls one source now and syncs when it changed something. */
  async pollNow(source: RemoteSource): Promise<void> {
    const counts = await source.poll();
    if (counts && counts.new + counts.updated + counts.removed > 0) await this.sync();
    this.scheduleLift();
  }

  private every(source: RemoteSource): void {
    this.after(source.config.everyMs, async () => {
      await this.pollNow(source).catch((err: unknown) =>
        this.logger.warn(`${source.name}: ${(err as Error).message}`),
      );
      this.every(source);
    });
  }

  /** Syncs when the next held item's embargo lifts. */
  private scheduleLift(): void {
    const lifts = this.registry.remotes.map((r) => r.nextLift()).filter((t): t is number => t !== null);
    if (this.liftTimer) clearTimeout(this.liftTimer);
    this.liftTimer = null;
    if (lifts.length === 0) return;
    this.liftTimer = this.after(Math.min(...lifts) - Date.now() + 10, () =>
      this.sync().then(() => this.scheduleLift()),
    );
  }

  private after(ms: number, run: () => Promise<void>): NodeJS.Timeout | null {
    if (this.stopped) return null;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        if (!this.stopped) void run();
      },
      Math.max(0, Math.min(ms, MAX_TIMER_MS)),
    );
    timer.unref();
    this.timers.add(timer);
    return timer;
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

/** The `POST /ingest` route for the push sources. */
export function ingestRoutes(
  registry: SourceRegistry,
  config: Pick<Config, 'ingestSecret'>,
  sync: () => Promise<void>,
  logger: Logger,
): Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const sources = registry.remotes.filter((r) => r.config.kind === 'push');
  const deps = { secret: config.ingestSecret ?? null, sources, sync, logger };
  return { [`POST ${INGEST_PATH}`]: (req, res) => handleIngest(req, res, deps) };
}
