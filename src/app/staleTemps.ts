/**
 * Temporary files left by a process that died while writing (a `kill -9` during a snapshot or ledger save):
 * every temp file newsdesk writes names its process (`<target>.<pid>.tmp`, `newsdesk-spill-<pid>-…`), so those
 * of processes no longer running are removed when the app opens its archive, and those of live ones are left.
 */
import { readdir, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../logger';

const IN_DATA = /\.(\d+)\.tmp$/;
const SPILL = /^newsdesk-spill-(\d+)-/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function sweep(dir: string, pattern: RegExp, logger: Logger): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    await unlink(join(dir, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  if (removed > 0) logger.info(`removed ${removed} temporary file(s) left in ${dir} by stopped processes`);
  return removed;
}

export async function removeStaleTemps(dataDir: string, logger: Logger, tempDir = tmpdir()): Promise<number> {
  return (await sweep(dataDir, IN_DATA, logger)) + (await sweep(tempDir, SPILL, logger));
}
