// Sortable tables: each column heading becomes a button; a second press reverses the order.
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((th, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.type === 'number';
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[index];
        return numeric ? Number(cell.dataset.value ?? cell.textContent) : (cell.textContent ?? '');
      };
      const rows = [...table.tBodies[0].rows].sort((a, b) => {
        const x = key(a), y = key(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      table.tBodies[0].append(...rows);
    });
  });
}
