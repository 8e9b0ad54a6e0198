import { openPdf } from './pdf-read';

// The text of a PDF, page by page. NFKC, because Chromium's system CJK fonts map some characters to their Kangxi
// radical forms (⼼ for 心).
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const { document } = await openPdf(bytes);
  const pages: string[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .normalize('NFKC'),
    );
  }
  await document.destroy();
  return pages;
}
