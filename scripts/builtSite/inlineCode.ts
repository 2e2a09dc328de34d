// What a strict CSP (script-src 'self'; style-src 'self') would block in a page: inline script
// bodies (a JSON-LD block that parses as JSON excepted), <style> elements, style="" attributes,
// on* handlers and javascript: URLs.
import { parseHTML } from 'linkedom';

const parsesAsJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export function inlineCode(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const s of document.querySelectorAll('script')) {
    // A JSON-LD block is data, never run; it is allowed only if it is JSON.
    if (s.getAttribute('type') === 'application/ld+json' && !s.hasAttribute('src') && parsesAsJson(s.textContent ?? '')) continue;
    if (!s.hasAttribute('src') || (s.textContent ?? '').trim() !== '') found.push(`inline <script>: ${(s.textContent ?? '').trim().slice(0, 60)}`);
  }
  for (const s of document.querySelectorAll('style')) found.push(`<style>: ${(s.textContent ?? '').trim().slice(0, 60)}`);
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name === 'style') found.push(`style="" on <${el.localName}>: ${a.value.slice(0, 60)}`);
      else if (a.name.startsWith('on')) found.push(`${a.name}="" on <${el.localName}>`);
      else if (/^\s*javascript:/i.test(a.value)) found.push(`javascript: URL in ${a.name} on <${el.localName}>`);
    }
  }
  return found;
}

/** The CSP of a page's meta tag, as directive → sources. */
export function metaCsp(html: string): Map<string, string[]> | undefined {
  const { document } = parseHTML(html);
  const content = document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content');
  return content === undefined || content === null ? undefined : parseCsp(content);
}

export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name.toLowerCase(), sources]));
}
