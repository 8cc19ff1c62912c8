"use strict";
/** Small guards the Slack app keeps in memory: events already handled, and how often each user asks. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.InFlight = exports.RateLimiter = exports.EventDeduper = void 0;
/** Remembers event ids for a while, so an event Slack delivers again is answered once. */
class EventDeduper {
    ttlMs;
    now;
    seen = new Map();
    constructor(ttlMs = 60 * 60 * 1000, now = Date.now) {
        this.ttlMs = ttlMs;
        this.now = now;
    }
    /** True the first time an id is seen (within the time to live), false after. */
    firstTime(id) {
        const t = this.now();
        for (const [key, at] of this.seen) {
            if (t - at < this.ttlMs)
                break;
            this.seen.delete(key);
        }
        if (this.seen.has(id))
            return false;
        this.seen.set(id, t);
        return true;
    }
}
exports.EventDeduper = EventDeduper;
/** At most `limit` requests per user in any `windowMs`; says how long to wait when over. */
class RateLimiter {
    limit;
    windowMs;
    now;
    requests = new Map();
    constructor(limit = 10, windowMs = 60_000, now = Date.now) {
        this.limit = limit;
        this.windowMs = windowMs;
        this.now = now;
    }
    /** Null when the request may go ahead; otherwise the seconds to wait. */
    check(userId) {
        const t = this.now();
        const recent = (this.requests.get(userId) ?? []).filter((at) => t - at < this.windowMs);
        if (recent.length >= this.limit) {
            this.requests.set(userId, recent);
            return Math.max(1, Math.ceil(((recent[0] ?? t) + this.windowMs - t) / 1000));
        }
        recent.push(t);
        this.requests.set(userId, recent);
        return null;
    }
}
exports.RateLimiter = RateLimiter;
/** The work in progress, so a stopping app can finish it before it exits. */
class InFlight {
    running = new Set();
    track(work) {
        this.running.add(work);
        const done = () => this.running.delete(work);
        work.then(done, done);
        return work;
    }
    async drain() {
        while (this.running.size > 0)
            await Promise.allSettled([...this.running]);
    }
}
exports.InFlight = InFlight;
//# sourceMappingURL=guards.js.map