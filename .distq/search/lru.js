"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Lru = void 0;
/** The most recently used values, up to a fixed number: a Map kept in use order. */
class Lru {
    capacity;
    map = new Map();
    constructor(capacity) {
        this.capacity = capacity;
    }
    get(key) {
        const value = this.map.get(key);
        if (value !== undefined) {
            this.map.delete(key);
            this.map.set(key, value);
        }
        return value;
    }
    set(key, value) {
        this.map.delete(key);
        this.map.set(key, value);
        if (this.map.size > this.capacity)
            this.map.delete(this.map.keys().next().value);
        return value;
    }
    delete(key) {
        this.map.delete(key);
    }
}
exports.Lru = Lru;
//# sourceMappingURL=lru.js.map