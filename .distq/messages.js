"use strict";
/**
 * Every string a person sees, in one place, so tests can assert on them and wording changes in one edit.
 * Functions build the strings that carry a value.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.SLACK = exports.CONSOLE = exports.MSG = exports.EXAMPLES = exports.PRODUCT = void 0;
exports.PRODUCT = 'newsdesk';
/** An example query per command, for usage messages. */
exports.EXAMPLES = {
    search: 'timeshare fraud',
    whosaid: 'could happen',
    timeline: 'tariff',
    ask: 'How much is the bounty on El Mencho?',
};
exports.MSG = {
    usage: [
        'Usage: newsdesk <command> [arguments] [--corpus DIR] [--data DIR] [--json]',
        '',
        'Commands:',
        '  search <query>      the best-matching passages, verbatim and cited (--limit N, default 5)',
        '  whosaid <quote>     who said a quote (whole, partial or misremembered), and every article that carries it',
        '  checkquotes <file|-> check every quotation in a draft against the archive',
        '  timeline <topic>    dated events about a topic, oldest first, each cited',
        '  ask <question>      any question in plain English, routed to the answer that fits, every answer cited',
        '  digest              what we published, by story (--since, --until YYYY-MM-DD; --post sends it to Slack once)',
        '  quotes <file|dir>   every quote in the files, with its speaker and character offsets',
        '  dates <file|dir>    every time expression with offsets, TimeML type and value (--published YYYY-MM-DD)',
        '  index               build or refresh the index snapshot and print corpus statistics',
        '  serve               run the Slack app, or the local console when no Slack tokens are set',
        '',
        'Options:',
        '  --corpus DIR        the article folder (default: $CORPUS_DIR, else ./corpus)',
        '  --data DIR          where the index snapshot and other state live (default: $DATA_DIR, else ./data)',
        '  --json              print one JSON document on stdout (logs go to stderr)',
    ].join('\n'),
    unknownCommand: (name) => `unknown command "${name}"; run "newsdesk --help" for the list`,
    noCommand: 'no command given; run "newsdesk --help" for the list',
    badOption: (message) => `${message}; run "newsdesk --help" for the options`,
    badLimit: (value) => `--limit must be a whole number from 1 to 100, got "${value}"`,
    emptyQuery: (command) => `"${command}" needs something to look for, for example: ${command} ${exports.EXAMPLES[command.replace(/^\//, '')] ?? 'timeshare fraud'}`,
    queryTooLong: (length, max) => `that query is ${length} characters long; the limit is ${max}. Try a shorter phrase.`,
    noHits: (query) => `Nothing in the archive matches "${query}".`,
    hitsHeading: (count, query) => `${count} ${count === 1 ? 'passage' : 'passages'} for "${query}":`,
    corpusUnreadable: (message) => message,
    pathUnreadable: (path, reason) => `cannot read ${path}: ${reason}`,
    needsPath: (command) => `${command} needs a file or folder, for example: ${command} corpus/`,
    badPublished: (value) => `--published must be a date as YYYY-MM-DD, got "${value}"`,
    referenceDate: (day) => `relative to ${day}`,
    noReferenceDate: 'no publication date: relative expressions left unresolved',
    noDates: 'no time expressions found',
    noEvents: (topic) => `no dated events found for "${topic}"`,
    digestText: (since, until, n) => `What we published, ${since === until ? since : `${since} to ${until}`}: ${n} ${n === 1 ? 'story' : 'stories'}`,
    digestNothing: (since, until) => `Nothing new was published ${since === until ? since : `${since} to ${until}`}.`,
    mostQuotedLine: (list) => `Most quoted: ${list}`,
    badDayOption: (option, value) => `${option} must be a date as YYYY-MM-DD, got "${value}"`,
    digestNeedsSlack: 'digest --post needs SLACK_BOT_TOKEN and DIGEST_CHANNEL (see .env.example)',
    digestPosted: (channel, day) => `Posted the digest for ${day} to ${channel}.`,
    digestNotPosted: (day, reason, at) => reason === 'already-posted'
        ? `Not posted: the digest for ${day} was already posted${at ? ` at ${at}` : ''}.`
        : reason === 'recovered'
            ? `Not posted: the digest for ${day} was found in the channel (posted before a restart); recorded it.`
            : reason === 'nothing-new'
                ? `Not posted: nothing new for ${day}, and DIGEST_EMPTY is "silent".`
                : `Not posted: the digest ledger cannot be written, so posting could repeat; see the warning above.`,
    timelineHeading: (count, topic) => `${count} dated ${count === 1 ? 'event' : 'events'} for "${topic}", oldest first:`,
    undatedHeading: 'Also relevant, without a date:',
    cannotAnswer: "I can't find that in the archive.",
    alsoPrinted: 'Also printed as:',
    profileHeading: (name) => `What the archive says about ${name}:`,
    profileQuotes: 'Quoted:',
    profileArticles: (n) => `Mentioned in ${n} ${n === 1 ? 'article' : 'articles'}:`,
    whoSaid: (speaker, role) => `${speaker}${role ? `, ${role},` : ''} said:`,
    whoSaidUnattributed: 'The archive carries these words, but does not say who said them:',
    notFoundQuote: (query) => `I can't find "${query}" as a quote in the archive.`,
    closestPassages: 'Closest passages:',
    asMention: (mention) => `(as "${mention}")`,
    conflict: (parts) => `Sources disagree on who said it: ${parts.join('; ')}.`,
    conflictPart: (outlet, speaker) => `${outlet} gives it to ${speaker}`,
    checkNeedsDraft: 'checkquotes needs a draft: a file name, or - to read standard input',
    checkNone: 'No quotations of three words or more in the draft.',
    checkVerdict: {
        exact: 'Found, word for word.',
        close: 'Found, close but not word for word:',
        differs: "The archive's words differ:",
        'not-found': 'Not found in the archive.',
    },
    checkSpeaker: (draft, archive, matches) => matches === true
        ? `Speaker: ${archive} (as the draft says).`
        : matches === false
            ? `Speaker: the draft names ${draft}, the archive gives it to ${archive}.`
            : archive
                ? `Speaker in the archive: ${archive}.`
                : 'The archive does not name a speaker.',
    checkFirst: 'First printed:',
    wordsDiffer: (words) => `The archive's words differ: ${words.map((w) => `'${w}'`).join(', ')}.`,
    wordsClose: (words) => `Close match, not word for word (${words.map((w) => `'${w}'`).join(', ')} differ).`,
    alsoUnnamed: (sources) => `Also attributed to an unnamed source: ${sources.join('; ')}.`,
    quoteTooShort: 'give at least a couple of words of the quote',
    noQuotes: (articleId) => `${articleId}: no quotes found`,
    configProblem: (message) => `configuration: ${message}`,
    indexSummary: (articles, passages, seconds) => `Index: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${passages} passages (${seconds.toFixed(3)} s).`,
    indexReuse: (state, reused, indexed, removed) => `Snapshot ${state}: ${reused} unchanged, ${indexed} (re)indexed, ${removed} removed.`,
    skippedHeading: (count) => `Skipped ${count} ${count === 1 ? 'file' : 'files'}:`,
};
exports.CONSOLE = {
    banner: (articles, passages, corpusDir) => [
        `newsdesk: local console (no SLACK_BOT_TOKEN set, so answers print here).`,
        `Corpus: ${articles} articles, ${passages} passages from ${corpusDir}.`,
        'Type "help" for what you can ask, "quit" to leave.',
        'To connect Slack, put your tokens in .env (see README, "Connect to Slack").',
    ].join('\n'),
    help: [
        'What you can type:',
        '  search <words>      passages that match, verbatim, with where we printed them',
        '  /whosaid <quote>    who said a quote, and every article that carries it',
        '  /timeline <topic>   dated events about a topic, oldest first',
        '  /ask <question>     any question: who said, when, who is, how much, how many, what',
        '  /digest [since D]   what we published, by story, with key quotes',
        '  help                this list',
        '  quit                leave (so does Ctrl-D)',
        'Anything else is asked as a question.',
    ].join('\n'),
    prompt: 'newsdesk> ',
    goodbye: 'Bye.',
    noDigest: 'The digest needs the archive; it is not loaded.',
};
/** What the Slack app says. Article and user text inside them is escaped by the caller. */
exports.SLACK = {
    shareActionId: 'share_answer',
    shareLabel: 'Share in channel',
    sharedBy: (userId) => `Shared by <@${userId}>`,
    andMore: (n) => `…and ${n} more not shown.`,
    said: (speaker, role) => `*${speaker}*${role ? `, ${role},` : ''} said:`,
    unattributed: 'The archive carries these words, but does not say who said them:',
    notFoundQuote: (query) => `I can't find “${query}” as a quote in the archive.`,
    closest: 'Closest passages:',
    conflict: (parts) => `:warning: *Sources disagree on who said it:* ${parts}.`,
    wordsDiffer: (words) => `:warning: *The archive's words differ:* ${words}.`,
    wordsClose: (words) => `Close match, not word for word (${words} differ).`,
    alsoUnnamed: (sources) => `Also attributed to an unnamed source: ${sources}.`,
    as: (mention) => `as “${mention}”`,
    noHits: (query) => `Nothing in the archive matches “${query}”.`,
    hitsHeading: (n, query) => `${n} ${n === 1 ? 'passage' : 'passages'} for “${query}”:`,
    noEvents: (topic) => `No dated events found for “${topic}”.`,
    timelineHeading: (n, topic) => `*${n} dated ${n === 1 ? 'event' : 'events'} for “${topic}”*, oldest first:`,
    undated: '*Also relevant, without a date:*',
    cannotAnswer: "I can't find that in the archive.",
    alsoPrinted: 'Also printed as:',
    profileHeading: (name) => `*What the archive says about ${name}:*`,
    digestHeading: (n, window) => `*What we published, ${window}:* ${n} ${n === 1 ? 'story' : 'stories'}`,
    digestEmpty: (window) => `Nothing new was published ${window}.`,
    mostQuoted: 'Most quoted:',
    postDigestLabel: 'Post to channel',
    postDigestActionId: 'post_digest',
    badSince: (value) => `"since" needs a date as YYYY-MM-DD, for example: /digest since 2025-08-01 (got "${value}")`,
    tooLong: (max) => `That is longer than I can look up (the limit is ${max} characters). Try a shorter phrase.`,
    slowDown: (seconds) => `You're asking faster than I can look things up. Please try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    notReady: 'newsdesk is still loading the archive. Please try again in a moment.',
    failed: 'Something went wrong while looking that up. The error is logged; please try again.',
    mentionNoQuestion: 'Ask me a question after the mention, or mention me in a thread to ask who said its first message.',
    usage: {
        '/whosaid': 'Who said a quote, and every article that carries it. Example: `/whosaid really easy to get the United States into a war`',
        '/timeline': 'Dated events about a topic, oldest first. Example: `/timeline tariff`',
        '/ask': 'Any question in plain English. Examples: `/ask How much is the bounty on El Mencho?`, `/ask Who is Geoffrey Corn?`',
        '/digest': 'What we published since the last digest, by story. Example: `/digest`, `/digest since 2025-08-01`',
    },
    homeTitle: 'newsdesk',
    homeIntro: 'Answers from our own archive, with the exact words we printed and where. Every answer cites the article, outlet, date and paragraph; nothing is paraphrased or invented.',
    homeHowTo: [
        '• `/whosaid <quote>`: who said it, with their role, and every article that carries it',
        '• `/timeline <topic>`: dated events, oldest first',
        '• `/ask <question>`: who said…, when…, who is…, how much/many…',
        '• `/digest`: what we published, by story',
        '• Mention @newsdesk in a thread to ask who said its first message',
    ].join('\n'),
    homeStats: (articles, passages, quotes, indexedAt) => `*Archive:* ${articles} articles, ${passages} passages, ${quotes} quotes. Last indexed ${indexedAt}.`,
    homeDigest: (channel, cron, tz) => channel
        ? `*Daily digest:* posted to <#${channel}> on \`${cron}\` (${tz}).`
        : '*Daily digest:* not scheduled (no DIGEST_CHANNEL).',
    missingCredential: (variable, where) => `${variable} is not set: ${where}`,
};
//# sourceMappingURL=messages.js.map