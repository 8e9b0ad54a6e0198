import { describe, expect, test } from 'vitest';
import { openPdf, pdfTextItems } from '@/e2e/support/pdf-read';
import { buildMonitoringReport, buildMonthlyReport } from './build';
import { FIXTURE_META as META, fixturePlan } from './fixture-plan';
import { fallbackFor } from './fonts';
import { renderPdf } from './pdf';

// Issue 10 #8: user text in rare CJK (Extensions B–F), emoji and Arabic is drawn, glyph by glyph, from a font that has
// it. 𡘙 and 𨭎 are in Noto Sans HK; 𠮷 (U+20BB7) and 𪚥 (U+2A6A5) are not, nor 𪜀 𫝀 𫠠 𬺰 (Extensions C, D, E, F).
const RARE_HAN = ['𠮷', '𪚥', '𪜀', '𫝀', '𫠠', '𬺰'];
const UNIT_NAME = '福州市𡘙𨭎𠮷社区热线站😀 مركز الاتصال';
const ANALYSIS = `坐席𨭎某反映👍高峰时段排班不足，${RARE_HAN.join('')}姓市民来电 يرجى المتابعة`;

/** Every glyph the PDF shows, with its font's name; glyph id 0 is .notdef, the empty box. */
async function shownGlyphs(bytes: Uint8Array) {
  const { pdfjs, document } = await openPdf(bytes);
  const glyphs: { char: string; code: number; font: string }[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const { fnArray, argsArray } = await page.getOperatorList();
    let font = '';
    fnArray.forEach((fn, i) => {
      if (fn === pdfjs.OPS.setFont) font = (page.commonObjs.get(argsArray[i][0]) as { name: string }).name;
      if (fn === pdfjs.OPS.showText)
        for (const glyph of argsArray[i][0])
          if (glyph && typeof glyph === 'object')
            glyphs.push({ char: glyph.unicode, code: glyph.originalCharCode, font: font.replace(/^[A-Z]+\+/, '') });
    });
  }
  await document.destroy();
  return glyphs;
}

describe('PDF fonts cover what people type', () => {
  const plan = fixturePlan();
  plan.unit = { ...plan.unit, name: UNIT_NAME };
  plan.indicators[1].deviations = [
    { month: 3, causes: ['STAFFING'], analysis: ANALYSIS, measures: '调整排班 🙂', likelihood: 'POSSIBLE' },
  ] as (typeof plan.indicators)[1]['deviations'];

  test('Extension B, emoji and Arabic in unit names and explanations: no glyph falls to .notdef', async () => {
    const pdf = await renderPdf([buildMonitoringReport([plan], META), buildMonthlyReport([plan], META)]);
    const glyphs = await shownGlyphs(pdf);
    expect(glyphs.length).toBeGreaterThan(500);
    expect(glyphs.filter((g) => g.code === 0)).toEqual([]);
    // each from the font that has it, in the weight of its text
    const familiesOf = (char: string) =>
      new Set(glyphs.filter((g) => g.char === char).map((g) => g.font.replace(/-(Regular|Bold)$/, '')));
    expect(familiesOf('𡘙')).toEqual(new Set(['NotoSansHK']));
    expect(familiesOf('𨭎')).toEqual(new Set(['NotoSansHK']));
    // each from its own HanaMinB file (a PostScript name per file: pdfkit merges fonts of one name)
    expect(RARE_HAN.flatMap((char) => [...familiesOf(char)])).toEqual([
      'HanaMinB-ExtB03',
      'HanaMinB-ExtB42',
      'HanaMinB-ExtC1',
      'HanaMinB-ExtD',
      'HanaMinB-ExtE1',
      'HanaMinB-ExtF1',
    ]);
    for (const emoji of ['😀', '👍', '🙂']) expect(familiesOf(emoji)).toEqual(new Set(['NotoEmoji']));
    expect(familiesOf('م')).toEqual(new Set(['NotoSansArabic']));
    expect(familiesOf('福')).toEqual(new Set(['NotoSansSC']));
    // one baseline per line, whichever font draws a character: the unit name's 𠮷 (HanaMinB), 𡘙 (Noto Sans HK),
    // 😀 (Noto Emoji) and its Arabic sit on the line of 福州市 (Noto Sans SC)
    const firstPage = (await pdfTextItems(pdf)).filter((item) => item.page === 1);
    const baseline = firstPage.find((item) => item.str.includes('福州市'))!.y;
    // the items of the line (the next line is 14 pt away): before each font was set on the line's baseline, the
    // HanaMinB, emoji and Arabic runs stood 2 to 3 pt off it
    const unitLine = firstPage.filter((item) => Math.abs(item.y - baseline) < 6);
    expect(unitLine.map((item) => item.str)).toEqual(expect.arrayContaining(['𡘙𨭎', '𠮷', '😀', '（103603）']));
    expect(unitLine.filter((item) => Math.abs(item.y - baseline) > 0.05)).toEqual([]);
    // 'مركز الاتصال' reads right to left: الاتصال is drawn to the left of مركز (glyphs are drawn left to right)
    const order = glyphs.map((g) => g.char);
    expect(order.indexOf('ص')).toBeGreaterThan(-1);
    expect(order.indexOf('ص')).toBeLessThan(order.indexOf('ك'));
  }, 60_000);

  test('CJK Extension B: every code point but 9 has a font, and so do Extensions C to F but a few', () => {
    const covered = (from: number, to: number) => {
      let count = 0;
      for (let cp = from; cp <= to; cp++) if (fallbackFor('regular', cp) && fallbackFor('bold', cp)) count++;
      return count;
    };
    expect(covered(0x20000, 0x2a6df)).toBeGreaterThanOrEqual(42_711); // Extension B, 42,720 code points
    expect(covered(0x2a700, 0x2b73f)).toBeGreaterThanOrEqual(4_149); // C, 4,160
    expect(covered(0x2b740, 0x2b81f)).toBeGreaterThanOrEqual(222); // D, 224
    expect(covered(0x2b820, 0x2ceaf)).toBeGreaterThanOrEqual(5_762); // E, 5,776
    expect(covered(0x2ceb0, 0x2ebef)).toBeGreaterThanOrEqual(7_473); // F, 7,488
  }, 60_000);
});
