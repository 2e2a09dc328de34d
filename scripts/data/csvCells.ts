// Rewrites chosen cells of a CSV file and leaves every other byte as it was, so a scripted change
// to a few cells (full-width marks in the Chinese columns) shows in a diff as exactly those cells,
// not as the quoting writeCsv would pick for every row.

/** A cell as found: its value and the text it was written as (quoted or not). */
interface Cell { value: string; written: string }

function parseCells(text: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: Cell;
    if (text[i] === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) throw new Error(`an unclosed quoted cell starts at character ${i}`);
        value += text.slice(j, close);
        if (text[close + 1] === '"') { value += '"'; j = close + 2; continue; }
        j = close + 1;
        break;
      }
      cell = { value, written: text.slice(i, j) };
      i = j;
    } else {
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n') j++;
      cell = { value: text.slice(i, j), written: text.slice(i, j) };
      i = j;
    }
    row.push(cell);
    if (text[i] === ',') { i++; if (i === text.length || text[i] === '\n') row.push({ value: '', written: '' }); else continue; }
    if (text[i] === '\n' || i >= text.length) { rows.push(row); row = []; i++; }
  }
  return rows;
}

/** A value written as CSV, quoted only where it must be (as writeCsv writes it). */
const writeValue = (value: string) => (/[",\n\r]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The CSV text (header first, LF line endings) with each record's cells replaced by what `change`
 * returns for it (column → new value; columns it leaves out stay). Unchanged cells keep their
 * bytes; a changed cell is quoted only where it must be.
 */
export function rewriteCells(text: string, change: (record: Readonly<Record<string, string>>) => Partial<Record<string, string>>): string {
  const [header, ...records] = parseCells(text);
  const columns = header.map((c) => c.value);
  const lines = [header, ...records.map((cells) => {
    const record = Object.fromEntries(columns.map((c, k) => [c, cells[k]?.value ?? '']));
    const next = change(record);
    return cells.map((cell, k) => {
      const value = next[columns[k]];
      return value === undefined || value === cell.value ? cell : { value, written: writeValue(value) };
    });
  })];
  return lines.map((cells) => cells.map((c) => c.written).join(',')).join('\n') + '\n';
}
