import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const DATA_DIR = path.join(ROOT, '.data');
