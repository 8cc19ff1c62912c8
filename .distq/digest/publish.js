"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.digestMarker = void 0;
exports.publishDigest = publishDigest;
const ledger_1 = require("./ledger");
/** The words every digest message carries, so a digest already posted can be recognised. */
const digestMarker = (day) => `newsdesk digest · ${day}`;
exports.digestMarker = digestMarker;
async function publishDigest(o) {
    const key = (0, ledger_1.ledgerKey)(o.channel, o.day);
    const entry = await o.ledger.get(key);
    if (entry?.state === 'posted')
        return { posted: false, reason: 'already-posted', ...(entry.postedAt && { at: entry.postedAt }) };
    if (entry?.state === 'claimed') {
        const ts = await o.poster.findPosted(o.channel, (0, exports.digestMarker)(o.day), entry.claimedAt);
        if (ts) {
            await o.ledger.markPosted(key, ts, o.now());
            o.logger.info(`digest for ${o.day} was posted before a restart; recorded it, not posting again`);
            return { posted: false, reason: 'recovered' };
        }
    }
    else if (!(await o.ledger.claim(key, { since: o.digest.since, until: o.digest.until }, o.now()))) {
        return { posted: false, reason: 'ledger-unwritable' };
    }
    if (o.digest.stories.length === 0 && o.whenEmpty === 'silent') {
        await o.ledger.markPosted(key, null, o.now());
        return { posted: false, reason: 'nothing-new' };
    }
    const ts = await o.poster.post(o.channel, o.render(o.digest, (0, exports.digestMarker)(o.day)));
    await o.ledger.markPosted(key, ts, o.now());
    return { posted: true, reason: 'posted', ts };
}
//# sourceMappingURL=publish.js.map