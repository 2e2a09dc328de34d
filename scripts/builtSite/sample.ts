// A sample of the built pages drawn afresh each run from a printed seed (set the seed to repeat a
// run): for checks too slow to run on every page in every run, whose full sweep runs on its own.
import { pageKind, type BuiltPage } from './site.ts';

/** A small, fast generator of numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of this run: from `variable` when set, else drawn from the clock. */
export function runSeed(variable: string | undefined): number {
  const n = Number(variable);
  return variable && Number.isInteger(n) ? n >>> 0 : Math.floor(Math.random() * 2 ** 32);
}

/**
 * How this run's sweeps visit the build: every page when FULL_SWEEP=1 (npm run test:sweep), else a
 * sample drawn from SAMPLE_SEED when set (to repeat a run) or from a fresh seed.
 */
export function sweepSettings(env: NodeJS.ProcessEnv = process.env) {
  const seed = runSeed(env.SAMPLE_SEED);
  return { full: env.FULL_SWEEP === '1', seed, random: seededRandom(seed) };
}

/** `n` distinct items drawn at random (all of them when there are no more than `n`). */
export function drawSample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

/**
 * The pages a sweep visits. Full: every page. Sampled: one page of every type in every language,
 * each drawn at random from its kind, and `extra` more drawn from all the others.
 */
export function pageSample(pages: readonly BuiltPage[], { full, random, extra }: { full: boolean; random: () => number; extra: number }): BuiltPage[] {
  if (full) return [...pages];
  const kinds = [...new Set(pages.map(pageKind))];
  const chosen = kinds.map((kind) => drawSample(pages.filter((p) => pageKind(p) === kind), 1, random)[0]);
  return [...chosen, ...drawSample(pages.filter((p) => !chosen.includes(p)), extra, random)];
}

export interface A11yPlan { page: BuiltPage; checks: ('light' | 'dark' | 'focus')[] }

/**
 * What the accessibility test visits. Full: one page of every type in every language, each with every
 * check. Sampled: every page type in full (every check) in one language drawn at random, and the full
 * axe rules (light theme) on `extra` more pages drawn from all the others (the type's page in the
 * other languages, and every other page of any type).
 */
export function a11yPlan(pages: readonly BuiltPage[], representatives: readonly BuiltPage[], { full, random, extra }: { full: boolean; random: () => number; extra: number }): A11yPlan[] {
  const every: A11yPlan['checks'] = ['light', 'dark', 'focus'];
  if (full) return representatives.map((page) => ({ page, checks: every }));
  const types = [...new Set(representatives.map((p) => p.type))];
  const chosen = types.map((type) => drawSample(representatives.filter((p) => p.type === type), 1, random)[0]);
  const rest = pages.filter((p) => !chosen.includes(p));
  return [...chosen.map((page) => ({ page, checks: every })), ...drawSample(rest, extra, random).map((page) => ({ page, checks: ['light'] as A11yPlan['checks'] }))];
}
