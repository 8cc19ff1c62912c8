/**
 * The built app as a child process (`node dist/main.js serve`) in HTTP mode on loopback, its Web API pointed at a
 * stand-in: for the load curve and the reliability suite, so the app has its own event loop and worker threads
 * and is measured as Slack sees it. Waits on the app's own signals (its log lines), never on fixed sleeps.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface AppProcess {
  child: ChildProcess;
  port: number;
  /** The app's `/slack/events` URL. */
  url: string;
  /** Everything the app has logged so far. */
  log: () => string;
  /** Resolves when the log (from the start) matches; rejects after `timeoutMs` or when the app exits. */
  waitForLog: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  /** Sends a signal; resolves with the exit code and how long the app took to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<{ code: number | null; ms: number }>;
}

export interface AppProcessOptions {
  env: Record<string, string>;
  /** `dist/main.js` of this checkout by default. */
  main?: string;
  cwd?: string;
}

export async function startAppProcess(options: AppProcessOptions): Promise<AppProcess> {
  const main = options.main ?? join(__dirname, '..', 'main.js');
  const env = { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', ...options.env };
  const child = spawn(process.execPath, [main, 'serve'], { env, cwd: options.cwd ?? process.cwd() });
  let log = '';
  const watchers = new Set<() => void>();
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
    for (const watch of [...watchers]) watch();
  });
  child.stdout?.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const watch of [...watchers]) watch();
  });
  const waitForLog = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`no log line ${pattern} in ${timeoutMs} ms:\n${log}`)),
        timeoutMs,
      );
      const finish = (err: Error | null, match?: RegExpMatchArray) => {
        clearTimeout(timer);
        watchers.delete(watch);
        if (err) reject(err);
        else resolve(match as RegExpMatchArray);
      };
      const watch = () => {
        const match = log.match(pattern);
        if (match) finish(null, match);
        else if (gone) finish(new Error(`the app exited before logging ${pattern}:\n${log}`));
      };
      watchers.add(watch);
      watch();
    });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    const started = performance.now();
    if (!gone) child.kill(signal);
    const code = await exited;
    return { code, ms: Math.round(performance.now() - started) };
  };
  try {
    const [, port] = await waitForLog(/listening for Slack on port (\d+)/);
    return {
      child,
      port: Number(port),
      url: `http://127.0.0.1:${port}/slack/events`,
      log: () => log,
      waitForLog,
      stop,
    };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}
