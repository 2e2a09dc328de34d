// npm run preview (and the end of npm start): serve dist/ on 127.0.0.1, port 4321 unless PORT is set.
import { existsSync } from 'node:fs';
import { serveStatic } from './server/static.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is empty: run npm run build first');
  process.exit(1);
}
const { url } = await serveStatic('dist', { port: Number(process.env.PORT ?? 4321), base: process.env.BASE ?? '/' });
console.log(`Shuangchuang Compare is at ${url} (Ctrl-C stops it)`);
