"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.webClientPoster = webClientPoster;
function webClientPoster(client) {
    return {
        async post(channel, message) {
            const result = await client.chat.postMessage({
                channel,
                text: message.text,
                blocks: message.blocks,
            });
            return result.ts ?? null;
        },
        async findPosted(channel, marker, sinceIso) {
            const oldest = String(Math.floor(new Date(sinceIso).getTime() / 1000));
            const history = await client.conversations.history({ channel, oldest, limit: 100 });
            return history.messages?.find((m) => m.text?.includes(marker))?.ts ?? null;
        },
    };
}
//# sourceMappingURL=digestPoster.js.map