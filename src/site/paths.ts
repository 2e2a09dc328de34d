import type { Lang } from '../i18n/strings.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path ('regions/putuo/') as a link for one language, under the base path. */
export const href = (lang: Lang, path = '') => `${BASE}${lang === 'zh' ? 'zh/' : ''}${path}`;
export const asset = (path: string) => `${BASE}${path}`;
