/** The import graph of `src/`, by top-level module: `src/cli/run.ts` is in `cli`, `src/messages.ts` in `messages`. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = join(__dirname, '../../src');

export interface Import {
  /** The importing file, relative to src/ ("cli/commands.ts"). */
  file: string;
  /** The imported file, relative to src/ without extension ("search/snapshot"). */
  target: string;
  from: string;
  to: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** `import … from './x'`, `export … from './x'`, `import('./x')`, `require('./x')`: the relative specifiers. */
export function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) if (m[1]) out.push(m[1]);
  return out.filter((s) => s.startsWith('.'));
}

/** The top-level module of a path relative to src/: its first folder, or the file's name without ".ts". */
export const moduleOf = (path: string) => path.split('/')[0]?.replace(/\.ts$/, '') ?? path;

export function importsOf(srcDir = SRC): Import[] {
  return filesUnder(srcDir).flatMap((path) => {
    const file = relative(srcDir, path).split('\\').join('/');
    return specifiers(readFileSync(path, 'utf8')).map((spec) => {
      const target = relative(srcDir, resolve(dirname(path), spec))
        .split('\\')
        .join('/');
      return { file, target, from: moduleOf(file), to: moduleOf(target) };
    });
  });
}
