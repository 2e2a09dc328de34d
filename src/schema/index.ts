import { regions } from './regions.ts';
import { documents } from './documents.ts';
import { themes } from './themes.ts';
import { metrics } from './metrics.ts';
import { definitions } from './definitions.ts';
import { measures } from './measures.ts';
import { targets } from './targets.ts';
import { corrections } from './corrections.ts';
import { ignoredFigures } from './ignoredFigures.ts';
import { ignoredTerms } from './ignoredTerms.ts';
import { glossary } from './glossary.ts';
import { instruments } from './instruments.ts';
import { departments } from './departments.ts';
import { changes } from './changes.ts';
import type { Row } from './table.ts';

/** Every curated table, in the order they are read (referenced tables first). */
export const tables = [regions, documents, themes, metrics, definitions, measures, targets, corrections, ignoredFigures, ignoredTerms, glossary, instruments, departments, changes] as const;
export { regions, documents, themes, metrics, definitions, measures, targets, corrections, ignoredFigures, ignoredTerms, glossary, instruments, departments, changes };

export type Region = Row<typeof regions>;
export type Document = Row<typeof documents>;
export type Theme = Row<typeof themes>;
export type Metric = Row<typeof metrics>;
export type Definition = Row<typeof definitions>;
export type Measure = Row<typeof measures>;
export type Target = Row<typeof targets>;
export type Correction = Row<typeof corrections>;
export type IgnoredFigure = Row<typeof ignoredFigures>;
export type IgnoredTerm = Row<typeof ignoredTerms>;
export type GlossaryTerm = Row<typeof glossary>;
export type InstrumentKind = Row<typeof instruments>;
export type Department = Row<typeof departments>;
export type Change = Row<typeof changes>;
