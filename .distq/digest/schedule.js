"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DigestScheduler = exports.TICK_MS = exports.DEFAULT_GRACE_MS = void 0;
exports.dayIn = dayIn;
exports.addDaysIso = addDaysIso;
/**
 * When the digest runs: DIGEST_CRON read in DIGEST_TZ (croner handles the time zone and daylight-saving days).
 * The clock is injected; `tick` runs the latest scheduled time that has come and not yet been handled, so a run
 * missed while the bot was down is caught up once when it comes back, within the grace period.
 */
const croner_1 = require("croner");
exports.DEFAULT_GRACE_MS = 6 * 60 * 60 * 1000;
exports.TICK_MS = 30_000;
/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
function dayIn(timeZone, at) {
    return new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
    }).format(at);
}
function addDaysIso(day, n) {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
}
class DigestScheduler {
    options;
    cron;
    handled = new Set();
    timer = null;
    running = null;
    constructor(options) {
        this.options = options;
        this.cron = new croner_1.Cron(options.cron, { timezone: options.timeZone, paused: true });
    }
    /** The latest scheduled time in (now − grace, now], or null. */
    due(now) {
        let next = this.cron.nextRun(new Date(now.getTime() - (this.options.graceMs ?? exports.DEFAULT_GRACE_MS)));
        let last = null;
        while (next && next.getTime() <= now.getTime()) {
            last = next;
            next = this.cron.nextRun(next);
        }
        return last;
    }
    async tick() {
        if (this.running)
            return this.running;
        const at = this.due(this.options.now());
        if (!at || this.handled.has(at.toISOString()))
            return;
        this.handled.add(at.toISOString());
        this.running = this.options
            .run(dayIn(this.options.timeZone, at), at)
            .catch((err) => this.options.logger.error(`scheduled digest failed: ${err.message}`))
            .finally(() => {
            this.running = null;
        });
        return this.running;
    }
    start(intervalMs = exports.TICK_MS) {
        void this.tick();
        this.timer = setInterval(() => void this.tick(), intervalMs);
        this.timer.unref();
    }
    async stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = null;
        await this.running;
    }
}
exports.DigestScheduler = DigestScheduler;
//# sourceMappingURL=schedule.js.map