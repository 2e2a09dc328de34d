// Lines that belong to the web pages the texts were collected from, not to the documents.
// Each pattern matches a whole line; the about page lists them.
export const FURNITURE: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /^【方案】.*$/, what: 'site headline repeating the title (Yuetang)' },
  { pattern: /^阅读数:\d+ 文章字数:\d+$/, what: 'view and word counter (Yuetang)' },
  { pattern: /^本文注册登录后可收藏复制$/, what: '"register to save or copy" prompt (Yuetang)' },
  { pattern: /^\d{4}-\d{2}-\d{2}来源:.*点击量:\d+$/, what: 'posting date, source and view counter (Xinjiang)' },
  { pattern: /^信息来源:.*$/, what: 'source credit line (Xinjiang)' },
  { pattern: /^.*请使用tab按钮切换浏览$/, what: 'tab-navigation hints (Putuo)' },
  { pattern: /^验证码$/, what: 'comment form captcha label (Putuo)' },
  { pattern: /^全部评论$/, what: 'comment list heading (Putuo)' },
  { pattern: /^主辦單位:.*$/, what: 'site footer: host and copyright (Panshan)' },
  { pattern: /^網站標識碼:.*$/, what: 'site footer: site and ICP registration numbers (Panshan)' },
  { pattern: /^聯系電話:.*$/, what: 'site footer: telephone (Panshan)' },
];

/** A stray table-cell separator left at the very end of a capture (Xianning). */
const TRAILING_CELL = /\s*\|\s*$/;

export function removeFurniture(text: string): string {
  const kept = text.split('\n').filter((line) => !FURNITURE.some((f) => f.pattern.test(line)));
  return kept.join('\n').replace(TRAILING_CELL, '').replace(/^\n+/, '').replace(/\s+$/, '') + '\n';
}

/** Pinyin glosses after characters, as in 創(chuàng): one syllable of Latin letters with a tone mark. */
const PINYIN_GLOSS = /\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

export const removePinyinGlosses = (text: string) => text.replace(PINYIN_GLOSS, '');
