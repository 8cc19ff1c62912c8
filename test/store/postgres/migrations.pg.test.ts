import {
  MIGRATIONS,
  migrate,
  SCHEMA_VERSION,
  SchemaTooNewError,
} from '../../../src/store/postgres/migrations';
import { createPool } from '../../../src/store/postgres/pool';
import { testDatabase } from '../../support/postgres';

describe('the schema migrations', () => {
  it('apply once, in order, and a second start applies nothing', async () => {
    const pool = createPool(await testDatabase());
    try {
      expect(await migrate(pool)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(pool)).toEqual([]);
      const { rows } = await pool.query('SELECT max(version)::int AS v FROM newsdesk_schema');
      expect(rows[0].v).toBe(SCHEMA_VERSION);
    } finally {
      await pool.end();
    }
  });

  it('two instances starting together apply each migration once', async () => {
    const pool = createPool(await testDatabase());
    try {
      const both = await Promise.all([migrate(pool), migrate(pool)]);
      expect(both.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await pool.end();
    }
  });

  it('refuses a database migrated by newer code, saying which versions', async () => {
    const pool = createPool(await testDatabase());
    try {
      const newer = [
        ...MIGRATIONS,
        { version: SCHEMA_VERSION + 1, name: 'from the future', sql: 'SELECT 1' },
      ];
      await migrate(pool, newer);
      const refused = migrate(pool);
      await expect(refused).rejects.toBeInstanceOf(SchemaTooNewError);
      await expect(refused).rejects.toThrow(`version ${SCHEMA_VERSION + 1}, newer than this code knows`);
    } finally {
      await pool.end();
    }
  });

  it('rolls back a migration that fails, leaving the schema where it was', async () => {
    const pool = createPool(await testDatabase());
    try {
      const broken = [
        ...MIGRATIONS,
        { version: SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE x (; ' },
      ];
      await expect(migrate(pool, broken)).rejects.toThrow();
      expect(await migrate(pool)).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('gives source_files its change time whichever form of migration 6 a database ran', async () => {
    // Migration 6 first landed with the column inside it; it now makes the table without it and 7 adds it.
    const landedSix = MIGRATIONS.filter((m) => m.version <= 6).map((m) =>
      m.version === 6
        ? {
            ...m,
            sql: m.sql.replace('version text NOT NULL', 'ctime_ms double precision, version text NOT NULL'),
          }
        : m,
    );
    expect(landedSix.at(-1)?.sql).toContain('ctime_ms double precision');
    for (const six of [MIGRATIONS.filter((m) => m.version <= 6), landedSix]) {
      const pool = createPool(await testDatabase());
      try {
        await migrate(pool, six);
        expect(await migrate(pool)).toEqual([7]);
        const { rows } = await pool.query(
          "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'source_files' AND column_name = 'ctime_ms'",
        );
        expect(rows[0].n).toBe(1);
      } finally {
        await pool.end();
      }
    }
  });
});
