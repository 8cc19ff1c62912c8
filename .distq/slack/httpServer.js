"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_CLOCK_SKEW_S = void 0;
exports.createHttpServer = createHttpServer;
exports.listen = listen;
/**
 * The HTTP server in HTTP mode: `GET /healthz` (200 once the archive is loaded, 503 before), and
 * `POST /slack/events` handed to Bolt after a timestamp check in both directions (Bolt 5 only refuses old ones).
 */
const node_http_1 = require("node:http");
const createApp_1 = require("./createApp");
/** Slack's window: a request signed more than five minutes away from now, either way, is refused. */
exports.MAX_CLOCK_SKEW_S = 5 * 60;
function send(res, status, body) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body);
}
function freshTimestamp(req, now) {
    const ts = Number(req.headers['x-slack-request-timestamp']);
    return Number.isFinite(ts) && Math.abs(now / 1000 - ts) <= exports.MAX_CLOCK_SKEW_S;
}
function createHttpServer(deps) {
    const now = deps.now ?? Date.now;
    return (0, node_http_1.createServer)((req, res) => {
        const path = (req.url ?? '').split('?')[0];
        if (req.method === 'GET' && path === '/healthz')
            return send(res, deps.ready() ? 200 : 503, deps.ready() ? 'ok' : 'loading');
        if (path !== createApp_1.EVENTS_PATH || req.method !== 'POST')
            return send(res, 404, 'not found');
        if (!freshTimestamp(req, now()))
            return send(res, 401, 'stale or missing timestamp');
        return deps.receiver.requestListener(req, res);
    });
}
function listen(server, port, host) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const address = server.address();
            resolve(typeof address === 'object' && address ? address.port : port);
        });
    });
}
//# sourceMappingURL=httpServer.js.map