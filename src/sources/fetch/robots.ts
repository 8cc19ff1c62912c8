/**
 * robots.txt as RFC 9309 reads it: the group for our user agent (else `*`), the longest matching Allow or
 * Disallow wins (Allow on a tie), `*` and `$` in paths. A robots.txt that is missing (4xx) allows everything.
 */
export interface RobotsRules {
  allow: string[];
  disallow: string[];
}

export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [] };

interface Group {
  agents: string[];
  rules: RobotsRules;
}

function groupsOf(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [] } };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || value === '') continue;
    if (key === 'allow') current.rules.allow.push(value);
    if (key === 'disallow') current.rules.disallow.push(value);
  }
  return groups;
}

export function parseRobots(text: string, agent: string): RobotsRules {
  const groups = groupsOf(text);
  const name = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && name.includes(a)));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes('*'));
  return {
    allow: chosen.flatMap((g) => g.rules.allow),
    disallow: chosen.flatMap((g) => g.rules.disallow),
  };
}

function matchLength(rule: string, path: string): number {
  const anchored = rule.endsWith('$');
  const body = anchored ? rule.slice(0, -1) : rule;
  const pattern = body
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}${anchored ? '$' : ''}`).test(path) ? body.length : -1;
}

/** Whether a path (with its query) may be fetched. */
export function robotsAllow(rules: RobotsRules, path: string): boolean {
  const longest = (list: string[]) => Math.max(-1, ...list.map((r) => matchLength(r, path)));
  const disallow = longest(rules.disallow);
  return disallow < 0 || longest(rules.allow) >= disallow;
}
