import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tmp';

const { staleSources } = require('./freshDist.js') as { staleSources: (root: string) => string[] };

function project(files: Record<string, number>): string {
  const root = tempDir();
  for (const [path, seconds] of Object.entries({ 'tsconfig.build.json': 100, ...files })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), seconds, seconds);
  }
  return root;
}

describe('the e2e project rebuilds dist/ when it is older than src/', () => {
  it('finds nothing stale when every compiled file is at least as new as its source', () => {
    expect(
      staleSources(project({ 'src/a.ts': 200, 'dist/a.js': 300, 'src/b/c.ts': 200, 'dist/b/c.js': 200 })),
    ).toEqual([]);
  });

  it('finds a source edited after the build, one never built, and a build older than its tsconfig', () => {
    const root = project({
      'src/a.ts': 400,
      'dist/a.js': 300,
      'src/new.ts': 200,
      'src/b.ts': 50,
      'dist/b.js': 60,
    });
    expect(
      staleSources(root)
        .map((f) => f.slice(root.length + 1))
        .sort(),
    ).toEqual(['src/a.ts', 'src/b.ts', 'src/new.ts']);
  });
});
