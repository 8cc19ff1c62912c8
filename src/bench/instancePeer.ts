/** A benchmark instance in another process (`pgInstance.ts`), spoken to in JSON lines over its stdin and stdout. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const SCRIPT = path.join(__dirname, 'pgInstance.js');
const HEAP_LIMIT_MB = 8192;

export interface Peer {
  /** Resolves once the instance has loaded its engine from PostgreSQL. */
  loaded: Promise<{ loadSeconds: number; articles: number }>;
  /** Sends one request line and resolves with the instance's JSON reply (replies come in order). */
  ask<T>(line: string): Promise<T>;
  close(): Promise<void>;
}

interface Waiter {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function startPeer(url: string, corpusDir: string, dataDir: string): Peer {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${HEAP_LIMIT_MB}`, SCRIPT, url, corpusDir, dataDir],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const waiters: Waiter[] = [];
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiters.shift();
    try {
      waiter?.resolve(JSON.parse(line));
    } catch (error) {
      waiter?.reject(error as Error);
    }
  });
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      const error = new Error(`bench instance exited ${code}: ${stderr}`);
      for (const waiter of waiters.splice(0)) waiter.reject(error);
      resolve();
    }),
  );
  const next = <T>() =>
    new Promise<T>((resolve, reject) => waiters.push({ resolve: resolve as (v: unknown) => void, reject }));
  const loaded = next<{ loadSeconds: number; articles: number }>();
  loaded.catch(() => undefined);
  return {
    loaded,
    ask: <T>(line: string) => {
      const reply = next<T>();
      child.stdin.write(`${line}\n`);
      return reply;
    },
    close: async () => {
      if (child.exitCode === null) child.stdin.end('exit\n');
      await exited;
    },
  };
}
