import { describe, expect, test } from 'vitest';
import { openPdf } from '@/e2e/support/pdf-read';
import { buildMonitoringReport, buildMonthlyReport } from './build';
import { FIXTURE_META as META, fixturePlan } from './fixture-plan';
import { renderPdf } from './pdf';

// Issue 10 #8: user text in rare CJK (Extension B), emoji and Arabic is drawn, glyph by glyph, from a font that has it.
const UNIT_NAME = '福州市𡘙𨭎社区热线站😀 مركز الاتصال';
const ANALYSIS = '坐席𨭎某反映👍高峰时段排班不足 يرجى المتابعة';

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
    for (const emoji of ['😀', '👍', '🙂']) expect(familiesOf(emoji)).toEqual(new Set(['NotoEmoji']));
    expect(familiesOf('م')).toEqual(new Set(['NotoSansArabic']));
    expect(familiesOf('福')).toEqual(new Set(['NotoSansSC']));
    // 'مركز الاتصال' reads right to left: الاتصال is drawn to the left of مركز (glyphs are drawn left to right)
    const order = glyphs.map((g) => g.char);
    expect(order.indexOf('ص')).toBeGreaterThan(-1);
    expect(order.indexOf('ص')).toBeLessThan(order.indexOf('ك'));
  }, 60_000);
});
