import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeStaleTemps } from '../../src/app/staleTemps';
import { createMemoryLogger } from '../../src/logger';
import { tempDir } from '../support/tmp';

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('removeStaleTemps', () => {
  it("removes the temp files of stopped processes and keeps live processes' and every other file", async () => {
    const data = tempDir();
    const temp = tempDir();
    const dead = deadPid();
    const files = {
      deadSnapshot: join(data, `index-snapshot.ndjson.${dead}.tmp`),
      deadLedger: join(data, `digest-ledger.json.${dead}.tmp`),
      liveSnapshot: join(data, `index-snapshot.ndjson.${process.ppid}.tmp`),
      ledger: join(data, 'digest-ledger.json'),
      deadSpill: join(temp, `newsdesk-spill-${dead}-1-1764660000000.ndjson`),
      otherTool: join(temp, `other-${dead}.tmp`),
    };
    for (const f of Object.values(files)) writeFileSync(f, 'x');
    const logger = createMemoryLogger();
    expect(await removeStaleTemps(data, logger, temp)).toBe(3);
    const left = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, existsSync(f)]));
    expect(left).toEqual({
      deadSnapshot: false,
      deadLedger: false,
      liveSnapshot: true,
      ledger: true,
      deadSpill: false,
      otherTool: true,
    });
    expect(logger.lines.join('\n')).toMatch(/removed 2 temporary file\(s\) left in .* by stopped processes/);
  });

  it('does nothing for a data folder that does not exist yet', async () => {
    expect(await removeStaleTemps(join(tempDir(), 'not-yet'), createMemoryLogger(), tempDir())).toBe(0);
  });
});
