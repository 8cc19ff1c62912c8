/** /digest daily on the data folder: see test/support/channelSettingsSuite.ts. */
import { channelSettingsSuite } from '../support/channelSettingsSuite';

channelSettingsSuite(async () => ({}));
