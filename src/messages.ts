/**
 * Every string a person sees, in one place, so tests can assert on them and wording changes in one edit.
 * Functions build the strings that carry a value.
 */

export const PRODUCT = 'newsdesk';

/** An example value for each filter, for the refusals. */
const FILTER_EXAMPLES: Record<string, string> = {
  since: '2025-08-01',
  until: 'yesterday',
  outlet: '"Rolling Stone"',
  by: '"Jane Doe"',
};

/** What text and Slack say of a timeline's left-out days before the question that lists them (see timelineLeftOut). */
const leftOutDays = (count: number, stretch: number, from: string, to: string) =>
  `${count} more ${count === 1 ? 'day' : 'days'} with reports ${count === 1 ? 'is' : 'are'} not listed. ` +
  `${stretch} of them fall from ${from} to ${to}; for those weeks day by day: `;

export const MSG = {
  usageHead: 'Usage: newsdesk <command> [arguments] [--corpus DIR] [--data DIR] [--json]',
  usageCommands: 'Commands:',
  usageLine: (command: string, summary: string, options?: string) =>
    `  ${command.padEnd(19)} ${summary}${options ? ` (${options})` : ''}`,
  /** The command line's own commands, which read files or run the app rather than answer a question. */
  usageTools: [
    ['quotes <file|dir>', 'every quote in the files, with its speaker and character offsets'],
    [
      'dates <file|dir>',
      'every time expression with offsets, TimeML type and value (--published YYYY-MM-DD)',
    ],
    ['index', 'build or refresh the index snapshot and print corpus statistics'],
    [
      'sources',
      'each article source: kind, last poll and success, articles, new/updated/removed, last error',
    ],
    ['feedback', 'the 👍/👎 votes on answers, counted by kind, each 👎 with its reason (--since D)'],
    ['serve', 'run the Slack app, or the local console when no Slack tokens are set'],
    ['worker [once]', 'with DATABASE_URL: index queued articles (once: until the queue is empty)'],
  ] as const,
  usageOptions: [
    'Options:',
    '  --corpus DIR        the article folder (default: $CORPUS_DIR, else ./corpus)',
    '  --data DIR          where the index snapshot and other state live (default: $DATA_DIR, else ./data)',
    '  --json              print one JSON document on stdout (logs go to stderr)',
  ].join('\n'),
  unknownCommand: (name: string) => `unknown command "${name}"; run "newsdesk --help" for the list`,
  noCommand: 'no command given; run "newsdesk --help" for the list',
  workerNeedsDatabase: 'worker needs DATABASE_URL (a PostgreSQL database shared with the instances)',
  workerDone: (done: number, failed: number, parked: number) =>
    `worker: ${done} articles indexed, ${failed} failures, ${parked} parked`,
  badOption: (message: string) => `${message}; run "newsdesk --help" for the options`,
  feedbackTotals: (up: number, down: number, since: string | null) =>
    `Feedback${since ? ` since ${since}` : ''}: ${up} 👍, ${down} 👎 (one vote per person and answer).`,
  feedbackKind: (kind: string, up: number, down: number) => `  ${kind.padEnd(18)} ${up} 👍  ${down} 👎`,
  feedbackDownHead: 'Answers voted down:',
  feedbackDownLine: (day: string, kind: string, reason: string | null, question: string) =>
    `  ${day}  ${kind}  ${reason ?? 'no reason given'}  "${question}"`,
  badPage: (value: string) => `--page must be a whole number from 1, got "${value}"`,
  /** Under an event every report of which was published ahead of it: a plan, not yet what happened. */
  plannedEvent: 'planned: every report of it was published ahead of it',
  /** After a citation, in an event that happened, of a passage published ahead of it (a plan or preview of it). */
  citedAhead: 'published ahead of it',
  timelineMore: (left: number, next: number) =>
    `${left} more ${left === 1 ? 'event' : 'events'}: --page ${next} shows the next ones.`,
  timelineHeadingTop: (shown: number, total: number, topic: string) =>
    `${total} dated ${total === 1 ? 'event' : 'events'} for "${topic}": the ${shown} most reported, in date order:`,
  /**
   * Under a timeline that does not list every day with reports: how many it leaves out, where most of those reported
   * at the time are, and the question that lists those weeks day by day (see LeftOutDays, leftOutHint).
   */
  timelineLeftOut: (count: number, stretch: number, from: string, to: string, query: string) =>
    `${leftOutDays(count, stretch, from, to)}timeline ${query}`,
  timelineHeadingPage: (page: number, pages: number, topic: string) =>
    `Timeline for "${topic}", page ${page} of ${pages}, in date order:`,
  badLimit: (value: string) => `--limit must be a whole number from 1 to 100, got "${value}"`,
  emptyQuery: (command: string, example: string) =>
    `"${command}" needs something to look for, for example: ${command} ${example}`,
  queryTooLong: (length: number, max: number) =>
    `that query is ${length} characters long; the limit is ${max}. Try a shorter phrase.`,
  noHits: (query: string) => `Nothing in the archive matches "${query}".`,
  hitsHeading: (count: number, query: string) =>
    `${count} ${count === 1 ? 'passage' : 'passages'} for "${query}":`,
  corpusUnreadable: (message: string) => message,
  pathUnreadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  needsPath: (command: string) => `${command} needs a file or folder, for example: ${command} corpus/`,
  badPublished: (value: string) => `--published must be a date as YYYY-MM-DD, got "${value}"`,
  referenceDate: (day: string) => `relative to ${day}`,
  noReferenceDate: 'no publication date: relative expressions left unresolved',
  noDates: 'no time expressions found',
  noEvents: (topic: string) => `no dated events found for "${topic}"`,
  digestText: (since: string, until: string, n: number) =>
    `What we published, ${since === until ? since : `${since} to ${until}`}: ${n} ${n === 1 ? 'story' : 'stories'}`,
  digestNothing: (since: string, until: string) =>
    `Nothing new was published ${since === until ? since : `${since} to ${until}`}.`,
  mostQuotedLine: (list: string) => `Most quoted: ${list}`,
  digestOutlets: (outlets: string, n: number) =>
    `Carried by ${outlets} (${n} ${n === 1 ? 'article' : 'articles'})`,
  digestQuote: (speaker: string, role: string | null, quote: string) =>
    `${speaker}${role ? `, ${role},` : ''} said: ${quote}`,
  digestUndatedLine: (list: string) => `Undated (indexed in this window, not counted as its news): ${list}`,
  digestTooLarge: (articles: number, limit: number) =>
    `That window holds ${articles} articles; a digest reads at most ${limit}. Ask for fewer days, for example: /digest since <a later day>.`,
  tookTooLong: (seconds: number) =>
    `That took longer than ${seconds} seconds, so I stopped. Narrow it down (fewer days, more specific words) and ask again.`,
  badDayOption: (option: string, value: string) => `${option} must be a date as YYYY-MM-DD, got "${value}"`,
  badSince: (value: string) =>
    `"since" needs a date as YYYY-MM-DD, for example: /digest since 2025-08-01 (got "${value}")`,
  noProfile: (name: string) => `The archive says nothing about ${name}.`,
  digestNeedsSlack: 'digest --post needs SLACK_BOT_TOKEN and DIGEST_CHANNEL (see .env.example)',
  listeningForWebhooks: (port: number, host: string, paths: string) =>
    `listening for webhooks on port ${port} of ${host} (${paths} and GET /healthz; Slack itself over Socket Mode)`,
  digestPosted: (channel: string, day: string) => `Posted the digest for ${day} to ${channel}.`,
  digestNotPosted: (day: string, reason: string, detail?: string) =>
    ({
      'already-posted': `Not posted: the digest for ${day} was already posted${detail ? ` at ${detail}` : ''}.`,
      recovered: `Not posted: the digest for ${day} was found in the channel (posted before); recorded it.`,
      'nothing-new': `Not posted: nothing new for ${day}, and DIGEST_EMPTY is "silent".`,
      'in-progress': `Not posted: another process is posting the digest for ${day} right now.`,
      failed: `Not posted: Slack did not take the digest for ${day} (${detail ?? 'no reason given'}); the next run looks in the channel and tries again.`,
      'too-large': `Not posted: the digest for ${day} is too large to compose (${detail ?? 'too many articles'}).`,
      'not-ready': `Not posted yet: the archive cannot answer (${detail ?? 'loading'}); the digest for ${day} is tried again shortly.`,
    })[reason] ??
    `Not posted: the digest ledger cannot be trusted, so posting could repeat (${detail ?? 'see the error above'}).`,
  timelineHeading: (count: number, topic: string) =>
    `${count} dated ${count === 1 ? 'event' : 'events'} for "${topic}", oldest first:`,
  undatedHeading: 'Also relevant, without a date:',
  cannotAnswer: "I can't find that in the archive.",
  alsoPrinted: 'Also printed as:',
  otherFigures: 'Other articles print other figures:',
  noDatePrinted: 'No sentence in the archive gives that date; the timeline of its topic:',
  whenDate: (date: string, articles: number) =>
    `${date}, as ${articles} ${articles === 1 ? 'article prints' : 'articles print'} it:`,
  profileHeading: (name: string) => `What the archive says about ${name}:`,
  profileQuotes: 'Quoted:',
  profileArticles: (n: number) => `Mentioned in ${n} ${n === 1 ? 'article' : 'articles'}:`,
  whoSaid: (speaker: string, role: string | null) => `${speaker}${role ? `, ${role},` : ''} said:`,
  whoSaidUnattributed: 'The archive carries these words, but does not say who said them:',
  notFoundQuote: (query: string) => `I can't find "${query}" as a quote in the archive.`,
  closestPassages: 'Closest passages:',
  asMention: (mention: string) => `(as "${mention}")`,
  conflict: (parts: string[]) => `Sources disagree on who said it: ${parts.join('; ')}.`,
  conflictPart: (outlet: string, speaker: string) => `${outlet} gives it to ${speaker}`,
  checkNeedsDraft: 'checkquotes needs a draft: a file name, or - to read standard input',
  cannotReadDraft: (source: string, reason: string) => `cannot read the draft ${source}: ${reason}`,
  checkNone: 'No quotations of three words or more in the draft.',
  checkVerdict: {
    exact: 'Found, word for word.',
    close: 'Found, close but not word for word:',
    differs: "The archive's words differ:",
    'not-found': 'Not found in the archive.',
  } as Record<string, string>,
  checkSpeaker: (draft: string | null, archive: string | null, matches: boolean | null) =>
    matches === true
      ? `Speaker: ${archive} (as the draft says).`
      : matches === false
        ? `Speaker: the draft names ${draft}, the archive gives it to ${archive}.`
        : archive
          ? `Speaker in the archive: ${archive}.`
          : 'The archive does not name a speaker.',
  checkFirst: 'First printed:',
  wordsDiffer: (words: string[]) => `The archive's words differ: ${words.map((w) => `'${w}'`).join(', ')}.`,
  wordsClose: (words: string[]) =>
    `Close match, not word for word (${words.map((w) => `'${w}'`).join(', ')} differ).`,
  alsoUnnamed: (sources: string[]) => `Also attributed to an unnamed source: ${sources.join('; ')}.`,
  quoteTooShort: 'give at least a couple of words of the quote',
  noQuotes: (articleId: string) => `${articleId}: no quotes found`,
  configProblem: (message: string) => `configuration: ${message}`,
  indexSummary: (articles: number, passages: number, seconds: number) =>
    `Index: ${articles} ${articles === 1 ? 'article' : 'articles'}, ${passages} passages (${seconds.toFixed(3)} s).`,
  indexReuse: (state: string, reused: number, indexed: number, removed: number) =>
    `Snapshot ${state}: ${reused} unchanged, ${indexed} (re)indexed, ${removed} removed.`,
  unknownFilter: (name: string, typed: string) =>
    `"${name}" is not a filter I know (in ${typed}). Filters: since:, until:, outlet:, by:, for example since:2025-08-01 outlet:"Rolling Stone".`,
  badFilterDate: (name: string, typed: string) =>
    `${name}: cannot read "${typed}" as a date. Try 2025-08-01, Aug 1, last week or yesterday.`,
  emptyFilter: (name: string) =>
    `${name}: needs a value, for example ${name}:${FILTER_EXAMPLES[name] ?? 'x'}`,
  filterTwice: (name: string, first: string, second: string) =>
    `${name}: given twice ("${first}" and "${second}"); give it once.`,
  filterEmptyWindow: (since: string, until: string) =>
    `since ${since} is after until ${until}: no article can fall between them.`,
  filtersApplied: (parts: string[]) => `Filters: ${parts.join(' · ')}`,
  filterPart: (name: string, shown: string) => `${name} ${shown}`,
  filtersNotTaken: (command: string, names: string[]) =>
    `${command} does not take ${names.map((n) => `--${n}`).join(', ')}: those filters would be ignored.`,
  skippedHeading: (count: number) => `Skipped ${count} ${count === 1 ? 'file' : 'files'}:`,
} as const;

/** Why `/healthz?verbose` says the app cannot answer (for operators). */
export const HEALTH = {
  loading: 'loading the archive',
  rebuilding: (why: string) => `rebuilding the archive from the source: ${why}`,
} as const;

export const CONSOLE = {
  banner: (articles: number, passages: number, corpusDir: string) =>
    [
      `newsdesk: local console (no SLACK_BOT_TOKEN set, so answers print here).`,
      `Corpus: ${articles} articles, ${passages} passages from ${corpusDir}.`,
      'Type "help" for what you can ask, "quit" to leave.',
      'To connect Slack, put your tokens in .env (see README, "Connect to Slack").',
    ].join('\n'),
  helpHead: 'What you can type:',
  helpLine: (command: string, summary: string) => `  ${command.padEnd(27)} ${summary}`,
  helpTail: [
    '  help                        this list',
    '  quit                        leave (so does Ctrl-D)',
    'Anything else is asked as a question.',
  ].join('\n'),
  prompt: 'newsdesk> ',
  goodbye: 'Bye.',
} as const;

/** What the Slack app says. Article and user text inside them is escaped by the caller. */
export const SLACK = {
  alreadyPosted: 'This was already posted in the channel.',
  busy: "I'm answering a lot of questions right now. Please try again in a minute.",
  shareActionId: 'share_answer',
  shareLabel: 'Share in channel',
  sharedBy: (userId: string) => `Shared by <@${userId}>`,
  andMore: (n: number) => `…and ${n} more not shown.`,
  said: (speaker: string, role: string | null) => `*${speaker}*${role ? `, ${role},` : ''} said:`,
  unattributed: 'The archive carries these words, but does not say who said them:',
  notFoundQuote: (query: string) => `I can't find “${query}” as a quote in the archive.`,
  closest: 'Closest passages:',
  conflict: (parts: string) => `:warning: *Sources disagree on who said it:* ${parts}.`,
  wordsDiffer: (words: string) => `:warning: *The archive's words differ:* ${words}.`,
  wordsClose: (words: string) => `Close match, not word for word (${words} differ).`,
  alsoUnnamed: (sources: string) => `Also attributed to an unnamed source: ${sources}.`,
  as: (mention: string) => `as “${mention}”`,
  noHits: (query: string) => `Nothing in the archive matches “${query}”.`,
  hitsHeading: (n: number, query: string) => `${n} ${n === 1 ? 'passage' : 'passages'} for “${query}”:`,
  noEvents: (topic: string) => `No dated events found for “${topic}”.`,
  undated: '*Also relevant, without a date:*',
  cannotAnswer: "I can't find that in the archive.",
  alsoPrinted: 'Also printed as:',
  otherFigures: '*Other articles print other figures:*',
  noDatePrinted: '_No sentence in the archive gives that date; the timeline of its topic:_',
  whenDate: (date: string, articles: number) =>
    `*${date}*, as ${articles} ${articles === 1 ? 'article prints' : 'articles print'} it:`,
  profileHeading: (name: string) => `*What the archive says about ${name}:*`,
  checkNone: 'No quotations of three words or more in the draft.',
  checkVerdict: (verdict: string, differences: string) =>
    `*${MSG.checkVerdict[verdict] ?? verdict}*${differences ? ` ${differences}` : ''}`,
  checkSpeaker: MSG.checkSpeaker,
  checkFallback: (text: string, verdict: string) => `“${text}”: ${MSG.checkVerdict[verdict] ?? verdict}`,
  moreReports: (n: number) => `and ${n} more ${n === 1 ? 'report' : 'reports'}`,
  checkFirst: MSG.checkFirst,
  noProfile: (name: string) => `The archive says nothing about ${name}.`,
  digestHeading: (n: number, window: string) =>
    `*What we published, ${window}:* ${n} ${n === 1 ? 'story' : 'stories'}`,
  digestEmpty: (window: string) => `Nothing new was published ${window}.`,
  mostQuoted: 'Most quoted:',
  carriedBy: (n: number) => `Carried by ${n} ${n === 1 ? 'outlet' : 'outlets'}:`,
  digestSaid: (speaker: string, role: string | null) => `*${speaker}*${role ? `, ${role},` : ''} said:`,
  digestUndated: '*Undated* (indexed in this window, not counted as its news):',
  postDigestLabel: 'Post to channel',
  whyActionId: 'why_answer',
  whyLabel: 'Why this answer?',
  whyHeading: '*Why this answer*',
  whyQuestion: (words: string) => `Question as read: “${words}”`,
  whyFilters: (filters: string) => `Filters: ${filters || 'none'}`,
  whyIntent: (intent: string) => `Answered as: ${intent}`,
  whyIndex: (version: string) => `Index version: ${version}`,
  whyMatched: (words: string) => `matched words: ${words || 'none (matched by spelling or meaning)'}`,
  whyMatchKind: (kind: string) => `match: ${kind}`,
  whyScore: (score: string) => `score ${score}`,
  whyNothingCited: 'The answer cites no passage.',
  whyFallback: (intent: string, words: string) => `Why this answer: ${intent} for “${words}”`,
  feedbackActionId: 'answer_feedback',
  feedbackUp: '👍',
  feedbackDown: '👎',
  feedbackUpLabel: 'This answer is right',
  feedbackDownLabel: 'This answer is wrong',
  feedbackReasonPrefix: 'feedback_reason:',
  feedbackWhy: 'Thanks. What was wrong? (optional)',
  feedbackReason: {
    'wrong-speaker': 'Wrong speaker',
    'wrong-date': 'Wrong date',
    irrelevant: 'Irrelevant',
    other: 'Something else',
  } as Record<string, string>,
  feedbackThanks: 'Thanks, noted.',
  homeFeedback: (up: number, down: number, reasons: string) =>
    `*Feedback, last 7 days:* 👍 ${up} · 👎 ${down}${reasons ? ` (${reasons})` : ''}`,
  whoSaidThisCallback: 'who_said_this',
  whoSaidThisName: 'Who said this?',
  shortcutNothing: 'That message has no words I can look up as a quote.',
  moreActionId: 'timeline_more',
  /** The button under a timeline's left-out days (see MSG.timelineLeftOut): the same timeline for their weeks. */
  stretchActionId: 'timeline_stretch',
  stretchLabel: 'List those weeks day by day',
  moreLabel: (next: number, left: number) => `Show ${next} more${left > next ? ` (of ${left})` : ''}`,
  timelineHeadingPage: (page: number, pages: number, topic: string) =>
    `*Timeline for “${topic}”*, page ${page} of ${pages}, in date order:`,
  /** After the date of an event every report of which was published ahead of it (see MSG.plannedEvent). */
  plannedEvent: '_(planned)_',
  /** After a citation, in an event that happened, of a passage published ahead of it (see MSG.citedAhead). */
  citedAhead: 'published ahead of it',
  timelineFallback: (shown: number, total: number, topic: string, from: string) =>
    `${shown} of ${total} dated events for ${topic}, from ${from}`,
  matchExact: 'exact words',
  matchClose: (words: string) => `close: ${words} differ`,
  matchDiffers: (words: string) => `:warning: the archive's words differ: ${words}`,
  updated: (day: string) => `updated ${day}`,
  paragraph: (n: number) => `paragraph ${n}`,
  profileRole: '*Role*',
  profileInTheNews: '*In the news*',
  profileQuotes: '*Quotes*',
  /** As MSG.timelineLeftOut, the question to ask as a slash command in a code span (escaped by the caller). */
  timelineLeftOut: (count: number, stretch: number, from: string, to: string, query: string) =>
    `${leftOutDays(count, stretch, from, to)}\`/timeline ${query}\``,
  timelineHeadingTop: (shown: number, total: number, topic: string) =>
    `*${total} dated ${total === 1 ? 'event' : 'events'} for “${topic}”*: the ${shown} most reported, in date order`,
  postDigestActionId: 'post_digest',
  tooLong: (max: number) =>
    `That is longer than I can look up (the limit is ${max} characters). Try a shorter phrase.`,
  slowDown: (seconds: number) =>
    `You're asking faster than I can look things up. Please try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
  notReady: 'newsdesk is still loading the archive. Please try again in a moment.',
  /** The answer while the archive is rebuilt from the articles because its saved index was found damaged. */
  rebuilding:
    'newsdesk is rebuilding its archive from the articles (its saved index was damaged). Please try again in a few minutes.',
  failed: 'Something went wrong while looking that up. The error is logged; please try again.',
  mentionNoQuestion:
    'Ask me a question after the mention, or mention me in a thread to ask who said its first message.',
  usageLine: (description: string, examples: string[]) =>
    `${description} ${examples.length === 1 ? 'Example' : 'Examples'}: ${examples.join(', ')}`,
  howToLine: (command: string, summary: string) => `• \`${command.trim()}\`: ${summary}`,
  howToMention: '• Mention @newsdesk in a thread to ask who said its first message',
  homeTitle: 'newsdesk',
  homeAskHead: '*What you can ask:* send me a question in the Messages tab, or use `/ask`. For example:',
  homeAskFilters:
    'Add filters to any question: `since:2025-08-01`, `until:yesterday`, `outlet:"Rolling Stone"`, `by:"Jane Doe"` (dates also as `Aug 1` or `last week`).',
  homeAskShortcut: 'On any message, choose *More actions › Who said this?* to check its quotes privately.',
  homeIntro:
    'Answers from our own archive, with the exact words we printed and where. Every answer cites the article, outlet, date and paragraph; nothing is paraphrased or invented.',
  homeStats: (articles: number, passages: number, quotes: number, indexedAt: string) =>
    `*Archive:* ${articles} articles, ${passages} passages, ${quotes} quotes. Last indexed ${indexedAt}.`,
  homeSourcesHead: '*Sources:*',
  homeSource: (name: string, kind: string, articles: number, lastSuccess: string) =>
    `• *${name}* (${kind}): ${articles} ${articles === 1 ? 'article' : 'articles'}, last fetched ${lastSuccess}`,
  homeSourceNever: 'never',
  homeSourceHeld: (held: number) => `, ${held} held until their embargo lifts`,
  homeSourceFailing: (error: string) => `\n    :warning: the last poll failed: ${error}`,
  homeDigest: (channel: string | null, cron: string, tz: string) =>
    channel
      ? `*Daily digest:* posted to <#${channel}> on \`${cron}\` (${tz}).`
      : '*Daily digest:* not scheduled (no DIGEST_CHANNEL).',
  missingCredential: (variable: string, where: string) => `${variable} is not set: ${where}`,
} as const;

/** Watching a topic (`/watch`, `/unwatch`): what the channel is told, and what the log says. */
export const WATCH = {
  slash: '/watch',
  unwatchSlash: '/unwatch',
  description: 'Alerts this channel when a newly indexed article names a topic',
  usageHint: 'Wells Fargo',
  howTo: 'alert this channel when a newly indexed article names the topic (`/unwatch <topic>` stops it)',
  unwatchDescription: 'Stops alerting this channel for a topic',
  unwatchUsageHint: 'Wells Fargo',
  usage: (max: number) =>
    [
      '`/watch <topic>`: post an alert here when a newly indexed article names the topic (a name as written, e.g. `/watch Wells Fargo`; a lower-case phrase in any case, e.g. `/watch trade war`).',
      '`/watch` or `/watch list`: the topics this channel watches.',
      '`/unwatch <topic>` (or `/watch stop <topic>`): stop watching it.',
      `A channel watches at most ${max} topics.`,
    ].join('\n'),
  added: (topic: string) =>
    `Watching “${topic}” in this channel: newly indexed articles that name it will be posted here, with the paragraph that names it. \`/unwatch ${topic}\` stops it.`,
  exists: (topic: string) => `This channel already watches “${topic}”.`,
  full: (max: number) =>
    `This channel already watches ${max} topics, the most a channel can. Stop one with \`/unwatch <topic>\` first (\`/watch list\` shows them).`,
  removed: (topic: string) => `Stopped watching “${topic}” in this channel.`,
  notWatching: (topic: string) =>
    `This channel does not watch “${topic}”. \`/watch list\` shows what it watches.`,
  none: 'This channel watches no topics. `/watch <topic>` starts one.',
  listHeading: (n: number) => `*This channel watches ${n} ${n === 1 ? 'topic' : 'topics'}:*`,
  listLine: (topic: string, user: string, day: string) => `• “${topic}”, since ${day}, by <@${user}>`,
  tooLong: (max: number) => `A topic is a name or a short phrase: at most ${max} characters.`,
  noWords: (topic: string) =>
    `“${topic}” has no words to watch for (only common words like “the”). Try a name or a phrase.`,
  removeWhat: 'Which topic? For example: `/unwatch Wells Fargo` (`/watch list` shows them).',
  alertHeading: (topic: string, title: string) => `*New article on “${topic}”:* ${title}`,
  alertFallback: (topic: string, title: string, outlet: string) =>
    `New article on “${topic}”: ${title} (${outlet})`,
  untitled: '(untitled)',
  alerted: (channel: string, topic: string, articleId: string) =>
    `watch alert: posted ${articleId} to ${channel} for "${topic}"`,
  notAlerted: (channel: string, topic: string, articleId: string, reason: string) =>
    `watch alert: ${articleId} for "${topic}" in ${channel} not posted here (${reason})`,
  checkFailed: (reason: string) => `could not check the watches (${reason}); trying again at the next change`,
  storeFailed: (reason: string) => `could not read or change the watches: ${reason}`,
} as const;

/** Per-channel settings (`/digest daily on|off`): what the person is told, and what the log says. */
export const SETTINGS = {
  dailyOn: (cron: string, tz: string) =>
    `This channel now gets the daily digest, posted on \`${cron}\` (${tz}). \`/digest daily off\` stops it.`,
  dailyOff: 'This channel no longer gets the daily digest. `/digest daily on` starts it again.',
  dailyIs: (on: boolean, cron: string, tz: string) =>
    on
      ? `This channel gets the daily digest, posted on \`${cron}\` (${tz}). \`/digest daily off\` stops it.`
      : 'This channel does not get the daily digest. `/digest daily on` starts it.',
  homeDaily: 'In any channel, `/digest daily on` posts it there too; `/digest daily off` stops it.',
  unreadable: (reason: string) =>
    `could not read the channel settings (${reason}); the scheduled digest is tried again shortly`,
  storeFailed: (reason: string) => `could not read or change the channel settings: ${reason}`,
} as const;
