// Lines that belong to the web pages the texts were collected from, not to the documents.
// Each pattern matches a whole line; the about page lists them.
export const FURNITURE: readonly { pattern: RegExp; what: string; what_zh: string }[] = [
  { pattern: /^【方案】.*$/, what: 'site headline repeating the title (Yuetang)', what_zh: '网站标题栏，重复文件标题（岳塘区）' },
  { pattern: /^阅读数:\d+ 文章字数:\d+$/, what: 'view and word counter (Yuetang)', what_zh: '阅读数和字数统计（岳塘区）' },
  { pattern: /^本文注册登录后可收藏复制$/, what: '"register to save or copy" prompt (Yuetang)', what_zh: '“注册登录后可收藏复制”提示（岳塘区）' },
  { pattern: /^\d{4}-\d{2}-\d{2}来源:.*点击量:\d+$/, what: 'posting date, source and view counter (Xinjiang)', what_zh: '发布日期、来源和点击量（新疆）' },
  { pattern: /^信息来源:.*$/, what: 'source credit line (Xinjiang)', what_zh: '信息来源行（新疆）' },
  { pattern: /^.*请使用tab按钮切换浏览$/, what: 'tab-navigation hints (Putuo)', what_zh: 'Tab键切换浏览提示（普陀区）' },
  { pattern: /^验证码$/, what: 'comment form captcha label (Putuo)', what_zh: '评论表单的验证码标签（普陀区）' },
  { pattern: /^全部评论$/, what: 'comment list heading (Putuo)', what_zh: '评论列表标题（普陀区）' },
  { pattern: /^主辦單位:.*$/, what: 'site footer: host and copyright (Panshan)', what_zh: '网站页脚：主办单位和版权（盘山县）' },
  { pattern: /^網站標識碼:.*$/, what: 'site footer: site and ICP registration numbers (Panshan)', what_zh: '网站页脚：网站标识码和ICP备案号（盘山县）' },
  { pattern: /^聯系電話:.*$/, what: 'site footer: telephone (Panshan)', what_zh: '网站页脚：联系电话（盘山县）' },
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
