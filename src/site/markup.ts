// Text from data written into HTML or SVG markup by hand (snippets, exported and card images):
// every character that could start or end markup, as a numeric character reference.
export const escapeMarkup = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
