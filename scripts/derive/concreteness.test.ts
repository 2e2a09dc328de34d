import { expect, test } from 'vitest';
import { concreteness } from './concreteness.ts';
import type { Document, Measure, Target } from '../../src/schema/index.ts';

const measure = (id: string, m: Partial<Measure> = {}) => ({ measure_id: id, doc_id: 'd', item_type: 'action', lead_units: [], has_date: false, ...m }) as Measure;
const figure = (measure_id: string, t: Partial<Target> = {}) => ({ measure_id, base_unit: 'person', ...t }) as Target;

test('counts the action items with a figure, a deadline, a lead unit and money', () => {
  const [c] = concreteness([{ doc_id: 'd', region_id: 'r' } as Document], [
    measure('m1', { lead_units: ['区人社局'] }),
    measure('m2', { has_date: true }),
    measure('m3'),
    measure('g1', { item_type: 'goal', lead_units: ['x'] }),
  ], [
    figure('m1', { base_unit: 'cny' }),
    figure('m3', { period_end: 2020, period_inferred: true }),
    figure('g1', { base_unit: 'cny' }),
  ]);
  expect(c).toEqual({ doc_id: 'd', region_id: 'r', actions: 3, figure: 2, deadline: 2, lead_unit: 1, money: 1 });
});
