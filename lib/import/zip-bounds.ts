// A workbook is a ZIP: its central directory says how much it inflates to. A few hundred KB can declare (or hide)
// hundreds of MB, so sizes and entry count are checked — and the declared sizes proven by a streaming inflate that
// keeps nothing — before ExcelJS inflates anything into memory.
import yauzl from 'yauzl';

/** A real import workbook has a few dozen entries and a few MB of XML; 5,000 rows fit well within these. */
export const ZIP_LIMITS = { entries: 500, totalBytes: 48 * 1024 * 1024 } as const;

export type ZipVerdict = { ok: true } | { ok: false; problem: 'UNREADABLE' | 'TOO_LARGE' };

type Limits = { entries: number; totalBytes: number };

const openZip = (bytes: Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );

/** Inflates one entry into nothing; yauzl errors when the data inflates beyond its declared size. */
const drain = (zip: yauzl.ZipFile, entry: yauzl.Entry) =>
  new Promise<void>((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      stream.on('error', reject).on('end', resolve).resume();
    }),
  );

export async function checkZipBounds(bytes: Uint8Array, limits: Limits = ZIP_LIMITS): Promise<ZipVerdict> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(buffer);
  } catch {
    return { ok: false, problem: 'UNREADABLE' };
  }
  if (zip.entryCount > limits.entries) {
    zip.close();
    return { ok: false, problem: 'TOO_LARGE' };
  }
  const entries: yauzl.Entry[] = [];
  let total = 0;
  const verdict = await new Promise<ZipVerdict>((resolve) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      if (total > limits.totalBytes) return resolve({ ok: false, problem: 'TOO_LARGE' });
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve({ ok: true }));
    zip.on('error', () => resolve({ ok: false, problem: 'UNREADABLE' }));
    zip.readEntry();
  });
  if (!verdict.ok) {
    zip.close();
    return verdict;
  }
  try {
    for (const entry of entries) if (!entry.fileName.endsWith('/')) await drain(zip, entry);
  } catch (error) {
    return { ok: false, problem: /too many|too few|size/i.test(String(error)) ? 'TOO_LARGE' : 'UNREADABLE' };
  } finally {
    zip.close();
  }
  return { ok: true };
}
