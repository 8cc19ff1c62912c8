// Jest globalSetup of the e2e project: tests that run dist/ must run the code as it is now. Every src/**/*.ts
// must have a dist/**/*.js at least as new; if one does not, dist/ is rebuilt (tsc -p tsconfig.build.json) first.
// So `npx jest` alone is as safe as `npm test`, which builds before it runs jest.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '../..');

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The source files whose compiled file is missing or older than they are. */
function staleSources(root = ROOT) {
  const src = join(root, 'src');
  const config = statSync(join(root, 'tsconfig.build.json')).mtimeMs;
  return sources(src).filter((file) => {
    const built = join(root, 'dist', relative(src, file)).replace(/\.ts$/, '.js');
    if (!existsSync(built)) return true;
    const builtAt = statSync(built).mtimeMs;
    return builtAt < statSync(file).mtimeMs || builtAt < config;
  });
}

module.exports = async function freshDist() {
  const stale = staleSources();
  if (stale.length === 0) return;
  process.stdout.write(`\ne2e: dist/ is older than ${stale.length} source file(s); building it first\n`);
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
};
module.exports.staleSources = staleSources;
