/** Holds `src/` to the dependency rules of `./rules.ts`, reading every file's imports. */
import { type Import, importsOf, moduleOf, specifiers } from './imports';
import { adapterViolations, ENGINE_ALLOWED, engineImports, rootImportedBy } from './rules';

describe('the import graph of src/', () => {
  const imports = importsOf();

  it('reads the imports (the reader itself works)', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(specifiers("import type { A } from '../a';\nexport { b } from './b';\nrequire('./c');")).toEqual([
      '../a',
      './b',
      './c',
    ]);
    expect(moduleOf('cli/commands.ts')).toBe('cli');
    expect(moduleOf('messages.ts')).toBe('messages');
  });

  it('no adapter imports another adapter; only the composition root and main.ts import adapters', () => {
    expect(adapterViolations(imports)).toEqual([]);
    expect(rootImportedBy(imports)).toEqual([]);
  });

  it('the rule catches what it is for', () => {
    const made = (file: string, target: string): Import => ({
      file,
      target,
      from: moduleOf(file),
      to: moduleOf(target),
    });
    expect(adapterViolations([made('cli/commands.ts', 'slack/runSlack')])).toHaveLength(1);
    expect(adapterViolations([made('console/console.ts', 'cli/renderText')])).toHaveLength(1);
    expect(adapterViolations([made('commands/ask.ts', 'slack/blocks')])).toHaveLength(1);
    expect(adapterViolations([made('app/root.ts', 'cli/commands'), made('slack/x.ts', 'slack/y')])).toEqual(
      [],
    );
    expect(engineImports([made('answers/x.ts', 'search/archive')])).toEqual([
      'answers/x.ts -> search/archive',
    ]);
  });

  it('answers/, digest/ and the adapters import no engine module beyond the shrinking allow-list', () => {
    const found = engineImports(imports);
    const unexpected = found.filter((e) => !ENGINE_ALLOWED.includes(e));
    const stale = ENGINE_ALLOWED.filter((e) => !found.includes(e));
    expect({ unexpected, stale }).toEqual({ unexpected: [], stale: [] });
  });
});
