import { join } from 'node:path';
import { PostLedger } from '../../src/delivery/ledger';
import { ledgerContract } from '../support/ledgerContract';
import { tempDir } from '../support/tmp';

describe('the post ledger in the data folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  ledgerContract(async (now) => new PostLedger(join(dir, 'ledger.json'), now));
});
