import { createConsoleHandler } from '../../src/console/console';
import { ferryArchive } from '../support/ferry';
import { servicesFor } from '../support/services';

describe('filters in the console', () => {
  it('are read as everywhere else: applied, said, and refused by name when unknown', async () => {
    const handle = createConsoleHandler(servicesFor(ferryArchive()));
    const kept = await handle('search ferry midnight outlet:"Riverton Ledger" until:2025-03-31');
    expect(kept.text).toContain('Filters: until Mon 31 Mar 2025 · outlet Riverton Ledger');
    expect(kept.text).toContain('[1]');
    const cut = await handle('search ferry midnight since:2025-04-01');
    expect(cut.text).toContain('Filters: since Tue 1 Apr 2025');
    expect(cut.text).not.toContain('[1]');
    expect((await handle('/whosaid ferry will run colour:red')).text).toContain('"colour"');
  });
});
