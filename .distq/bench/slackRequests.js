"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.slackSignatureHeaders = slackSignatureHeaders;
exports.slashCommandBody = slashCommandBody;
exports.startAcceptingSlack = startAcceptingSlack;
/**
 * Slack's side of a slash command, for the benchmark: a signed request exactly as Slack sends it (v0 signature:
 * HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret), and a stand-in Web API on loopback that
 * answers every call with `{ok: true}`, so the app's answers go nowhere near the network.
 */
const node_crypto_1 = require("node:crypto");
const node_http_1 = require("node:http");
function slackSignatureHeaders(secret, body, timestamp = Math.floor(Date.now() / 1000)) {
    const signature = `v0=${(0, node_crypto_1.createHmac)('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}
function slashCommandBody(command, text, user, responseUrl) {
    return new URLSearchParams({
        team_id: 'T1',
        channel_id: 'C1',
        user_id: user,
        user_name: user,
        command,
        text,
        response_url: responseUrl,
        trigger_id: 'bench',
    }).toString();
}
/** A Web API and response URL on loopback that accept everything. */
async function startAcceptingSlack() {
    const server = (0, node_http_1.createServer)((req, res) => {
        req.resume();
        req.on('end', () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end('{"ok":true}');
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${server.address().port}/`, server };
}
//# sourceMappingURL=slackRequests.js.map