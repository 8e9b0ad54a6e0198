// Text pasted from a spreadsheet (Excel, WPS): rows end in CRLF, LF or CR, cells are tab separated, and a cell that
// holds a line break or a quote comes wrapped in double quotes with its quotes doubled.

/** Whether pasted text spans more than one cell (otherwise the browser's own paste into one field is kept). */
export const isMultiCellPaste = (text: string): boolean => /[\t\r\n]/.test(text.replace(/(\r\n|\n|\r)$/, ''));

/** The pasted block as rows of cell texts (trimmed), the spreadsheet's trailing line break dropped. */
export function pastedCells(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isQuoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') isQuoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      isQuoted = true;
      cell = '';
    } else if (c === '\t') {
      rows[rows.length - 1].push(cell.trim());
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows[rows.length - 1].push(cell.trim());
      rows.push([]);
      cell = '';
    } else cell += c;
  }
  rows[rows.length - 1].push(cell.trim());
  const last = rows[rows.length - 1];
  if (rows.length > 1 && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}
