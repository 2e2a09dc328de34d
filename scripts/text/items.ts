// The numbered items of a document, read from its clean text: top-level sections (一、),
// groups ((一)), and numbered items (1、 or 1.) inside the sections that hold actions.
const TOP = /^([一二三四五六七八九十]+)、/;
// Groups are numbered with half-width or full-width parentheses: (一) or （一）.
const GROUP = /^[(（]([一二三四五六七八九十]+)[)）]/;
const ITEM = /^(\d+)[、.．]/;

export interface NumberedItem { section: string; start: number; line: string }

export function numberedItems(text: string, actionSections: readonly string[]): NumberedItem[] {
  const items: NumberedItem[] = [];
  let top = '';
  let group = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const t = TOP.exec(line);
    const g = GROUP.exec(line);
    const i = ITEM.exec(line);
    if (t) { top = t[1]; group = ''; }
    else if (g) group = `(${g[1]})`;
    else if (i && actionSections.includes(top)) items.push({ section: `${top}${group}${i[1]}`, start: offset, line });
    offset += line.length + 1;
  }
  return items;
}
