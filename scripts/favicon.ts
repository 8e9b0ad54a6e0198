// `npx tsx scripts/favicon.ts`: app/favicon.ico drawn from app/icon.svg (browsers and tools ask for /favicon.ico
// whatever the page links). Chromium renders the SVG at each size; the .ico holds those PNGs as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { INSTALL_HINT, provideChromium } from './browser';
import { ROOT } from './paths';

const SIZES = [16, 32, 48];

/** An .ico file of PNG images (ICONDIR, one ICONDIRENTRY per image, then the images). */
function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry); // 0 stands for 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const executablePath = provideChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const svg = readFileSync(path.join(ROOT, 'app', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const images = [];
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0">${svg.replace(/width="64" height="64"/, `width="${size}" height="${size}"`)}`,
    );
    images.push({ size, png: await page.screenshot({ omitBackground: true }) });
    await page.close();
  }
  await browser.close();
  writeFileSync(path.join(ROOT, 'app', 'favicon.ico'), icoOf(images));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
