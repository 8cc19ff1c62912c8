/**
 * A lock shared by every process on the machine that uses the same data folder: a lock file created with O_EXCL
 * (`wx`), holding the owner's pid and time. A lock older than its lease is taken to belong to a process that died
 * holding it and is broken. Waiting is bounded: past `waitMs` the caller is told the lock could not be had.
 */
import { open, stat, unlink } from 'node:fs/promises';

export interface LockOptions {
  /** A lock held longer than this is broken (milliseconds). */
  leaseMs?: number;
  /** How long to wait for a lock another process holds (milliseconds). */
  waitMs?: number;
}

export const DEFAULT_LEASE_MS = 15_000;
export const DEFAULT_WAIT_MS = 5_000;

export class LockUnavailableError extends Error {
  constructor(readonly file: string) {
    super(`could not lock ${file}: another process has held it too long`);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function tryCreate(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx');
    await handle.writeFile(JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
    await handle.close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Breaks the lock when it is older than the lease; true when it was broken (or already gone). */
async function breakIfExpired(file: string, leaseMs: number): Promise<boolean> {
  try {
    const { mtimeMs } = await stat(file);
    if (Date.now() - mtimeMs < leaseMs) return false;
    await unlink(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

/** Runs `work` holding the lock `file`; throws LockUnavailableError when it cannot be had in time. */
export async function withFileLock<T>(
  file: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const deadline = Date.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  for (let wait = 5; !(await tryCreate(file)); wait = Math.min(wait * 2, 200)) {
    if (await breakIfExpired(file, leaseMs)) continue;
    if (Date.now() > deadline) throw new LockUnavailableError(file);
    await delay(wait);
  }
  try {
    return await work();
  } finally {
    await unlink(file).catch(() => undefined);
  }
}
