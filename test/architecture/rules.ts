/**
 * The dependency rules of `src/`, read from the imports of its files:
 * - an adapter (cli, console, slack) imports no other adapter and not the composition root; only the root
 *   (`app/`) and `main.ts` import adapters;
 * - `answers/` and `digest/` (and the adapters, the commands, the renderers) import no engine module (`search/`):
 *   they depend on the archive port. The allow-list below names today's exceptions; it may only shrink, and a
 *   listed import that is gone fails the test until its line is deleted.
 */
import type { Import } from './imports';

const ADAPTERS = ['cli', 'console', 'slack'];
const MAY_IMPORT_ADAPTERS = ['app', 'main'];
const ENGINE = 'search';
const NOT_ON_THE_ENGINE = ['answers', 'digest', 'commands', 'render', ...ADAPTERS];

/**
 * Imports of the engine that remain until the archive port lands (issue 12, items 1–3). Delete a line when its
 * import is gone; the test says which.
 */
export const ENGINE_ALLOWED: readonly string[] = [
  'answers/answers.ts -> search/archive',
  'answers/ask.ts -> search/archive',
  'answers/factoid.ts -> search/archive',
  'answers/factoid.ts -> search/terms',
  'answers/profile.ts -> search/archive',
  'answers/quoteMatch.ts -> search/terms',
  'answers/search.ts -> search/archive',
  'answers/timeline.ts -> search/archive',
  'answers/timeline.ts -> search/terms',
  'answers/whosaid.ts -> search/archive',
  'answers/whosaid.ts -> search/quoteIndex',
  'cli/commands.ts -> search/snapshot',
  'digest/compose.ts -> search/archive',
  'digest/compose.ts -> search/quoteIndex',
  'digest/compose.ts -> search/terms',
  'digest/service.ts -> search/archive',
];

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
