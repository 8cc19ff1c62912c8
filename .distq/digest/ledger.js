"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DigestLedger = exports.ledgerKey = exports.LEDGER_FILE = void 0;
/**
 * The digest ledger in the data folder: per channel and day, "claimed" before posting and "posted" after, written
 * atomically (a temporary file, then a rename), so a restart never posts a day twice. A corrupt ledger is set
 * aside with a warning and a new one started; a ledger that cannot be written stops posting, with a warning,
 * rather than risk a duplicate.
 */
const promises_1 = require("node:fs/promises");
const node_path_1 = require("node:path");
exports.LEDGER_FILE = 'digest-ledger.json';
const ledgerKey = (channel, day) => `${channel}|${day}`;
exports.ledgerKey = ledgerKey;
class DigestLedger {
    dataDir;
    logger;
    entries = null;
    constructor(dataDir, logger) {
        this.dataDir = dataDir;
        this.logger = logger;
    }
    get path() {
        return (0, node_path_1.join)(this.dataDir, exports.LEDGER_FILE);
    }
    async load() {
        if (this.entries)
            return this.entries;
        let raw = null;
        try {
            raw = await (0, promises_1.readFile)(this.path, 'utf8');
        }
        catch {
            this.entries = {};
            return this.entries;
        }
        try {
            const parsed = JSON.parse(raw);
            if (!parsed || typeof parsed.entries !== 'object' || parsed.entries === null)
                throw new Error('no "entries"');
            this.entries = parsed.entries;
        }
        catch (err) {
            const aside = `${this.path}.corrupt-${Date.now()}`;
            this.logger.warn(`digest ledger ${this.path} is unreadable (${err.message}); set aside as ${aside}, starting a new one`);
            await (0, promises_1.rename)(this.path, aside).catch(() => undefined);
            this.entries = {};
        }
        return this.entries;
    }
    async save() {
        const temp = `${this.path}.${process.pid}.tmp`;
        try {
            await (0, promises_1.mkdir)(this.dataDir, { recursive: true });
            await (0, promises_1.writeFile)(temp, JSON.stringify({ entries: this.entries ?? {} }, null, 2));
            await (0, promises_1.rename)(temp, this.path);
            return true;
        }
        catch (err) {
            this.logger.warn(`cannot write the digest ledger ${this.path} (${err.message}); not posting, to avoid a duplicate`);
            return false;
        }
    }
    async get(key) {
        return (await this.load())[key];
    }
    /** The last day a digest for this channel covered, or null. */
    async lastPostedUntil(channel) {
        const entries = await this.load();
        const days = Object.entries(entries)
            .filter(([key, e]) => key.startsWith(`${channel}|`) && e.state === 'posted')
            .map(([, e]) => e.until)
            .sort();
        return days[days.length - 1] ?? null;
    }
    /** Records the intent to post; false when the ledger cannot be written. */
    async claim(key, window, now) {
        const entries = await this.load();
        entries[key] = { state: 'claimed', claimedAt: now.toISOString(), ...window };
        return this.save();
    }
    async markPosted(key, ts, now) {
        const entries = await this.load();
        const entry = entries[key];
        if (!entry)
            return false;
        entries[key] = { ...entry, state: 'posted', postedAt: now.toISOString(), ts };
        return this.save();
    }
}
exports.DigestLedger = DigestLedger;
//# sourceMappingURL=ledger.js.map