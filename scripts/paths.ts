import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
/** The embedded database and the generated session key: `.data/` of the checkout unless DATA_DIR names another. */
export const DATA_DIR = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(ROOT, '.data');
