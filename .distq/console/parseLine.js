"use strict";
/** What a line typed into the local console asks for. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseConsoleLine = parseConsoleLine;
function parseConsoleLine(line) {
    const trimmed = line.trim();
    if (trimmed === '')
        return { kind: 'empty' };
    const [first = '', ...rest] = trimmed.split(/\s+/);
    const word = first.toLowerCase();
    const text = rest.join(' ');
    if (['quit', 'exit', '/quit', '/exit'].includes(word))
        return { kind: 'quit' };
    if (['help', '/help', '?'].includes(word))
        return { kind: 'help' };
    if (word === 'search' || word === '/search')
        return { kind: 'search', text };
    if (word === '/whosaid' || word === 'whosaid')
        return { kind: 'whosaid', text };
    if (word === '/timeline' || word === 'timeline')
        return { kind: 'timeline', text };
    if (word === '/ask' || word === 'ask')
        return { kind: 'ask', text };
    if (word === '/digest' || word === 'digest')
        return { kind: 'digest', text };
    return { kind: 'ask', text: trimmed };
}
//# sourceMappingURL=parseLine.js.map