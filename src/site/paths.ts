import type { Locale } from '../i18n/locales.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site-relative path ('regions/putuo/') as a link in one locale, under the base path. */
export const href = (locale: Pick<Locale, 'prefix'>, path = '') => `${BASE}${locale.prefix}${path}`;
export const asset = (path: string) => `${BASE}${path}`;
