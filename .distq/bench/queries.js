"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BENCH_QUERIES = void 0;
/**
 * The fixed query set: keyword and common-word searches, misremembered quotes (words dropped, changed and
 * reordered), broad timeline topics and questions of every intent, as reporters type them.
 */
exports.BENCH_QUERIES = {
    search: [
        'timeshare fraud',
        'campaign finance reform',
        'Supreme Court nominee',
        'the',
        'said',
        'president',
        'Hillary Clinton emails',
        'immigration',
    ],
    whosaid: [
        'make America great again',
        'we are going to win',
        'the system is rigged',
        'I have never said that',
        'this is a very important election',
        'the American people deserve better',
    ],
    timeline: ['Clinton', 'Trump', 'debate', 'primary', 'the election'],
    ask: [
        'who is Hillary Clinton?',
        'what did Trump say about immigration?',
        'when was the debate?',
        'who said the system is rigged?',
        'campaign finance',
    ],
};
//# sourceMappingURL=queries.js.map