/** /digest daily with DATABASE_URL: the setting a row in PostgreSQL (channelSettingsSuite.ts). */

import { channelSettingsSuite } from '../support/channelSettingsSuite';
import { testDatabase } from '../support/postgres';

channelSettingsSuite(async () => ({ DATABASE_URL: await testDatabase() }));
