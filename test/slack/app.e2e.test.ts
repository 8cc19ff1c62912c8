/** The Slack app end to end on the data folder (the default store): see test/support/appSuite.ts. */
import { appSuite } from '../support/appSuite';

appSuite(async () => ({}));
