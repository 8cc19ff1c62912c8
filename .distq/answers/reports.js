"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=reports.js.map