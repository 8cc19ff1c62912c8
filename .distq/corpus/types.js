"use strict";
/** What ingestion produces. Every offset is a JavaScript string index into `Article.text`, the file as read. */
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map