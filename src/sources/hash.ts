import { createHash } from 'node:crypto';

export const contentHashOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
