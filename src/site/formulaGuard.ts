// CSV injection: a spreadsheet runs a cell that begins with =, +, -, @, a tab or a carriage return as
// a formula. Every CSV written for spreadsheets (the tables' Excel copies, the charts' CSVs) prefixes
// such a text cell with ' so it shows as typed; the curated tables stay byte for byte as curated.

const FORMULA_START = /^[=+\-@\t\r]/;
// A plain number such as -3.5 is a value, not a formula: it stays a number in the spreadsheet.
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** True when a spreadsheet would evaluate the cell rather than show it as typed. */
export const looksLikeFormula = (cell: string) => FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);

export const neutralise = (cell: string) => (looksLikeFormula(cell) ? `'${cell}` : cell);
