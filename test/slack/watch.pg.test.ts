/** /watch end to end with DATABASE_URL: the watches, the ledger and the archive in PostgreSQL (watchSuite.ts). */
import { testDatabase } from '../support/postgres';
import { watchSuite } from '../support/watchSuite';

watchSuite(async () => ({ DATABASE_URL: await testDatabase() }));
