/**
 * The dependency rules of `src/`, read from the imports of its files:
 * - an adapter (cli, console, slack) imports no other adapter and not the composition root; only the root
 *   (`app/`) and `main.ts` import adapters;
 * - `answers/` and `digest/` (and the adapters, the commands, the renderers, indexing, the sources and text
 *   analysis) import no engine module (`search/`): they depend on the archive port. The allow-list below names
 *   exceptions; it may only shrink, and a listed import that is gone fails the test until its line is deleted.
 */
import type { Import } from './imports';

const ADAPTERS = ['cli', 'console', 'slack'];
const MAY_IMPORT_ADAPTERS = ['app', 'main'];
const ENGINE = 'search';
const NOT_ON_THE_ENGINE = [
  'answers',
  'digest',
  'commands',
  'render',
  'indexing',
  'sources',
  'text',
  ...ADAPTERS,
];

/** Imports of the engine allowed outside it: none (the answers, the digest and the adapters read the port). */
export const ENGINE_ALLOWED: readonly string[] = [];

const edge = (i: Import) => `${i.file} -> ${i.target}`;

export function adapterViolations(imports: Import[]): string[] {
  return imports
    .filter((i) => ADAPTERS.includes(i.to) && i.from !== i.to && !MAY_IMPORT_ADAPTERS.includes(i.from))
    .map(edge);
}

export function rootImportedBy(imports: Import[]): string[] {
  return imports.filter((i) => i.to === 'app' && i.from !== 'app' && ADAPTERS.includes(i.from)).map(edge);
}

export function engineImports(imports: Import[]): string[] {
  return imports.filter((i) => i.to === ENGINE && NOT_ON_THE_ENGINE.includes(i.from)).map(edge);
}
