"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TopK = void 0;
const worse = (a, b) => a.score < b.score || (a.score === b.score && a.slot > b.slot);
class TopK {
    k;
    heap = [];
    constructor(k) {
        this.k = k;
    }
    offer(slot, score) {
        if (this.k <= 0)
            return;
        if (this.heap.length < this.k) {
            this.heap.push({ slot, score });
            this.up(this.heap.length - 1);
            return;
        }
        const root = this.heap[0];
        if (score < root.score || (score === root.score && slot > root.slot))
            return;
        this.heap[0] = { slot, score };
        this.down(0);
    }
    /** Best first. */
    sorted() {
        return [...this.heap].sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
    }
    up(i) {
        const { heap } = this;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!worse(heap[i], heap[parent]))
                return;
            this.swap(i, parent);
            i = parent;
        }
    }
    down(i) {
        const { heap } = this;
        for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let least = i;
            if (l < heap.length && worse(heap[l], heap[least]))
                least = l;
            if (r < heap.length && worse(heap[r], heap[least]))
                least = r;
            if (least === i)
                return;
            this.swap(i, least);
            i = least;
        }
    }
    swap(i, j) {
        const a = this.heap[i];
        this.heap[i] = this.heap[j];
        this.heap[j] = a;
    }
}
exports.TopK = TopK;
//# sourceMappingURL=topK.js.map