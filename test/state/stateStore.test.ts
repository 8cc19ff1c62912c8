import { LocalStateStore } from '../../src/state/stateStore';
import { stateStoreContract } from '../support/stateStoreContract';

describe('the local state store (one process)', () => {
  stateStoreContract(async () => new LocalStateStore());
});
