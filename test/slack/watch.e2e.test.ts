/** /watch end to end on the data folder (the default store): see test/support/watchSuite.ts. */
import { watchSuite } from '../support/watchSuite';

watchSuite(async () => ({}));
