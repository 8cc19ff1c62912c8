#!/usr/bin/env node
/*
 * Builds the file mapping addon (native/mapFile.c, see binding.gyp) with the node-gyp that npm runs scripts with.
 * Run by `npm ci` / `npm install` (the "install" script). Without it newsdesk still works: the index snapshot is
 * then read into memory instead of mapped, which is slower to open (see README, "Performance"). So a failed build
 * prints why and how to retry, and never fails the install.
 */
const { spawnSync } = require('node:child_process');

const result = spawnSync('node-gyp', ['rebuild'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
  shell: false,
});
if (result.status === 0) {
  console.log('newsdesk: built the snapshot file mapping addon (build/Release/newsdesk_map.node)');
} else {
  const why = result.error
    ? result.error.message
    : (result.stderr || result.stdout || '').trim().split('\n').slice(-5).join('\n');
  console.warn(
    `newsdesk: could not build the snapshot file mapping addon; the snapshot will be read into memory instead.\n${why}\n` +
      'It needs python3, make and a C compiler; retry with `npm run build:native`.',
  );
}
