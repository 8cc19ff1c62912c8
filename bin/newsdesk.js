#!/usr/bin/env node
// The `newsdesk` command. The TypeScript sources are compiled to dist/ by `npm run build` (run by `npm ci`).
require('../dist/main.js').main();
