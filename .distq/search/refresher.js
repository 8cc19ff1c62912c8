"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IndexRefresher = void 0;
class IndexRefresher {
    options;
    timer = null;
    running = null;
    constructor(options) {
        this.options = options;
    }
    start() {
        if (this.options.everyMs <= 0 || this.timer)
            return;
        this.timer = setInterval(() => void this.refresh(), this.options.everyMs);
        this.timer.unref();
    }
    /** Refreshes now, or joins the refresh under way. */
    refresh() {
        this.running ??= this.options
            .refresh()
            .catch((err) => {
            this.options.logger.warn(`could not refresh the index: ${err.message}; still answering from it`);
        })
            .finally(() => {
            this.running = null;
        });
        return this.running;
    }
    /** Stops the schedule and waits for a refresh under way. */
    async stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = null;
        await this.running;
    }
}
exports.IndexRefresher = IndexRefresher;
//# sourceMappingURL=refresher.js.map