/**
 * Finds which of a fixed set of lower-case ASCII strings occur in a stretch of text, in one pass over it
 * (an Aho–Corasick automaton): the cost is the text's length, however many strings are looked for. ASCII
 * letters are compared without case; any other character ends a partial match (no string holds one).
 */

/** Transitions per state: one per ASCII character. */
const ASCII = 128;
const UPPER_A = 65;
const UPPER_Z = 90;
const TO_LOWER = 32;

export class LiteralScanner {
  /** The automaton's moves, ASCII entries per state, failure links already followed. */
  private readonly moves: Int32Array;
  /** The strings (by index) that end at each state, its suffixes' included: `endList[endFrom[s] .. endFrom[s + 1])`. */
  private readonly endFrom: Int32Array;
  private readonly endList: Int32Array;

  constructor(readonly literals: readonly string[]) {
    const trie: number[][] = [[]];
    const ends: number[][] = [[]];
    literals.forEach((literal, index) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (c >= ASCII || (c >= UPPER_A && c <= UPPER_Z)) throw new Error(`not lower-case ASCII: ${literal}`);
        let next = (trie[state] as number[])[c];
        if (next === undefined) {
          next = trie.length;
          (trie[state] as number[])[c] = next;
          trie.push([]);
          ends.push([]);
        }
        state = next;
      }
      (ends[state] as number[]).push(index);
    });
    this.moves = new Int32Array(trie.length * ASCII);
    this.link(trie, ends);
    this.endFrom = new Int32Array(trie.length + 1);
    ends.forEach((e, state) => {
      this.endFrom[state + 1] = (this.endFrom[state] as number) + e.length;
    });
    this.endList = Int32Array.from(ends.flat());
  }

  /**
   * Breadth first: each state's moves are its failure state's (already complete: it is nearer the root) but
   * for its own children; each child's failure state and ends follow.
   */
  private link(trie: number[][], ends: number[][]): void {
    const failure = new Int32Array(trie.length);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const row = state * ASCII;
      if (state !== 0) {
        const from = (failure[state] as number) * ASCII;
        this.moves.copyWithin(row, from, from + ASCII);
      }
      (trie[state] as number[]).forEach((child, c) => {
        failure[child] = state === 0 ? 0 : (this.moves[row + c] as number);
        this.moves[row + c] = child;
        (ends[child] as number[]).push(...(ends[failure[child] as number] as number[]));
        queue.push(child);
      });
    }
  }

  /** Sets `found[i]` to 1 for every string i that occurs in text[from, to) (other entries are left as they are). */
  scan(text: string, from: number, to: number, found: Uint8Array): void {
    const { moves, endFrom, endList } = this;
    let state = 0;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      if (c >= ASCII) {
        state = 0;
        continue;
      }
      if (c >= UPPER_A && c <= UPPER_Z) c += TO_LOWER;
      state = moves[state * ASCII + c] as number;
      const last = endFrom[state + 1] as number;
      for (let e = endFrom[state] as number; e < last; e++) found[endList[e] as number] = 1;
    }
  }
}
