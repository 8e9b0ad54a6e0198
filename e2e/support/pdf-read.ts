// Reads a PDF back for the tests: its text items with their page and position, and the filled shapes of a given colour
// (pdfjs-dist's legacy build, the one that runs in Node).
type TextItem = { page: number; str: string; x: number; y: number; font: string };
type Shape = { page: number; x: number; y: number; width: number; height: number };

export async function openPdf(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  return { pdfjs, document };
}

/** Every text item, page by page, top to bottom (y grows downwards), with its font's name. */
export async function pdfTextItems(bytes: Uint8Array): Promise<TextItem[]> {
  const { document } = await openPdf(bytes);
  const items: TextItem[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const height = page.getViewport({ scale: 1 }).height;
    const content = await page.getTextContent();
    for (const item of content.items)
      if ('str' in item && item.str.trim())
        items.push({
          page: p,
          str: item.str,
          x: item.transform[4],
          y: height - item.transform[5],
          font: item.fontName,
        });
  }
  await document.destroy();
  return items;
}

/** The bounding boxes of the paths filled right after the fill colour was set to `color` (e.g. '#4c78a8'). */
export async function pdfFilledShapes(bytes: Uint8Array, color: string): Promise<Shape[]> {
  const { pdfjs, document } = await openPdf(bytes);
  const shapes: Shape[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const { fnArray, argsArray } = await (await document.getPage(p)).getOperatorList();
    let fill = '';
    fnArray.forEach((fn, i) => {
      if (fn === pdfjs.OPS.setFillRGBColor) fill = String(argsArray[i][0]).toLowerCase();
      const fills: number[] = [pdfjs.OPS.fill, pdfjs.OPS.eoFill, pdfjs.OPS.fillStroke];
      if (fn === pdfjs.OPS.constructPath && fills.includes(argsArray[i][0]) && fill === color.toLowerCase()) {
        const [minX, minY, maxX, maxY] = Object.values(argsArray[i][2] as Record<string, number>);
        shapes.push({ page: p, x: minX, y: minY, width: maxX - minX, height: maxY - minY });
      }
    });
  }
  await document.destroy();
  return shapes;
}
