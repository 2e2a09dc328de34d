import { expect, test } from 'vitest';
import { instrumentMix } from './instrumentMix.ts';
import type { Document, InstrumentKind, Measure } from '../../src/schema/index.ts';

const docs = [{ doc_id: 'n', region_id: 'north' }] as Document[];
const item = (instruments: string[], item_type = 'action') => ({ doc_id: 'n', item_type, instruments }) as unknown as Measure;
const kinds = [{ instrument: 'loan', group: 'money' }, { instrument: 'subsidy', group: 'money' }, { instrument: 'training', group: 'training' }] as InstrumentKind[];

test('an action item counts once for each kind of help its instruments give; goals and safeguards do not count', () => {
  const mix = instrumentMix(docs, [item(['loan', 'subsidy']), item(['training', 'loan']), item([]), item(['loan'], 'goal')], kinds);
  const of = (group: string) => mix.find((m) => m.group === group)!;
  expect(of('money')).toMatchObject({ items: 2, actions: 3 });
  expect(of('training')).toMatchObject({ items: 1, actions: 3 });
  expect(of('space')).toMatchObject({ items: 0, actions: 3 });
  // Re-mapping an instrument moves its items to the other kind.
  const remapped = instrumentMix(docs, [item(['training'])], [{ instrument: 'training', group: 'services' }] as InstrumentKind[]);
  expect(remapped.find((m) => m.group === 'services')!.items).toBe(1);
  expect(remapped.find((m) => m.group === 'training')!.items).toBe(0);
});
