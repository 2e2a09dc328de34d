// A receipt for every figure and item: where it stands in its text, whether and why it is compared,
// its changes since earlier releases, and its citation; and for every id an earlier release published
// and this one does not, when and why it was withdrawn.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { Change } from '../../src/schema/index.ts';
import type { SiteData } from '../../src/model/site.ts';
import { receiptPath, type ComparedStatus, type Receipt, type ReceiptChange, type ReceiptTable, type ReceiptsData, type WithdrawnReceipt } from '../../src/model/receipts.ts';
import { frozenReleases, releaseDate, compareVersions } from '../data/releases.ts';
import { cellChanges, readCsvLoose } from '../data/releaseDiff.ts';
import { citation } from './citations.ts';

/** Does a row of changes.csv speak of this row: its own id, `*` for every row, or a prefix ending in `*`? */
export const changeApplies = (c: Pick<Change, 'table' | 'id'>, table: string, id: string) =>
  c.table === table && (c.id === id || c.id === '*' || (c.id.endsWith('*') && id.startsWith(c.id.slice(0, -1))));

/**
 * Every cell of a figure or item that differs between one release and the next (frozen releases in
 * turn, then the current data), each with the reason changes.csv gives for it: the row's own reason
 * if it has one, else the reason given for every row (or every row of a prefix).
 */
export function cellHistory(dataDir: string, version: string, changes: readonly Change[]): Map<string, ReceiptChange[]> {
  const releases = frozenReleases(dataDir).filter((v) => compareVersions(v, version) <= 0);
  const steps = releases.slice(1).map((v, i) => ({ from: join(dataDir, 'releases', releases[i]), to: join(dataDir, 'releases', v), release: v }));
  const last = releases.at(-1);
  if (last && last !== version) steps.push({ from: join(dataDir, 'releases', last), to: dataDir, release: version });
  const history = new Map<string, ReceiptChange[]>();
  for (const step of steps) {
    for (const cell of cellChanges(step.from, step.to)) {
      if (cell.table !== 'targets' && cell.table !== 'measures') continue;
      const candidates = changes.filter((c) => c.release === step.release && c.table === cell.table && (c.column === cell.column || c.column === '*'));
      const reason = candidates.find((c) => c.id === cell.id) ?? candidates.find((c) => changeApplies(c, cell.table, cell.id));
      const entry: ReceiptChange = {
        release: step.release, column: cell.column, kind: reason?.kind ?? '', reason_en: reason?.reason_en ?? '', reason_zh: reason?.reason_zh ?? '', all_rows: reason !== undefined && reason.id.endsWith('*'),
      };
      const key = `${cell.table}/${cell.id}`;
      history.set(key, [...(history.get(key) ?? []), entry]);
    }
  }
  return history;
}

const changesOf = (history: Map<string, ReceiptChange[]>, table: string, id: string): ReceiptChange[] =>
  [...(history.get(`${table}/*`) ?? []), ...(history.get(`${table}/${id}`) ?? [])]
    .sort((a, b) => compareVersions(a.release, b.release) || a.column.localeCompare(b.column));

/** The sentence [start, end) holding `at`, with its neighbours. */
function contextAt(sentences: readonly [number, number][], start: number, end: number): Receipt['context'] {
  const first = sentences.findIndex(([, e]) => e > start);
  const last = sentences.findIndex(([, e]) => e >= end);
  const i = first < 0 ? sentences.length - 1 : first;
  const j = last < 0 ? sentences.length - 1 : Math.max(i, last);
  return {
    start: Math.min(sentences[i]?.[0] ?? start, start), end: Math.max(sentences[j]?.[1] ?? end, end),
    before: i > 0 ? sentences[i - 1] : null, after: j + 1 < sentences.length ? sentences[j + 1] : null,
  };
}

function comparedStatus(site: SiteData, targetId: string): ComparedStatus {
  for (const c of site.comparisons) {
    if (c.rows.some((r) => r.target_id === targetId && r.status === 'target')) return { status: 'drawn', definition: c.definition, places: c.rows.filter((r) => r.status === 'target').length };
    const listed = c.notCompared.find((n) => n.target_id === targetId);
    if (listed) return { status: 'not_compared', definition: c.definition, reason: listed.reason };
  }
  return { status: 'no_comparison' };
}

/**
 * Ids each frozen release published that the current data no longer has: withdrawn in the first
 * release without them (the current one, if every frozen release has them), with the reason changes.csv gives.
 */
export function withdrawnIds(dataDir: string, version: string, current: Record<ReceiptTable, ReadonlySet<string>>, changes: readonly Change[]): WithdrawnReceipt[] {
  const releases = frozenReleases(dataDir).filter((v) => compareVersions(v, version) < 0);
  const keys: Record<ReceiptTable, string> = { targets: 'target_id', measures: 'measure_id' };
  const out: WithdrawnReceipt[] = [];
  for (const table of ['targets', 'measures'] as const) {
    const held = releases.map((v) => {
      const file = join(dataDir, 'releases', v, `${table}.csv`);
      return { v, ids: new Set(existsSync(file) ? readCsvLoose(file).rows.map((r) => r[keys[table]]) : []) };
    });
    const published = new Set(held.flatMap((h) => [...h.ids]));
    for (const id of [...published].filter((x) => !current[table].has(x)).sort()) {
      const lastIndex = held.map((h) => h.ids.has(id)).lastIndexOf(true);
      const withdrawn_in = held[lastIndex + 1]?.v ?? version;
      const why = changes.find((c) => c.release === withdrawn_in && c.column === '*' && changeApplies(c, table, id));
      out.push({ table, id, last_release: held[lastIndex].v, withdrawn_in, reason_en: why?.reason_en, reason_zh: why?.reason_zh });
    }
  }
  return out;
}

export interface ReceiptOptions { dataDir: string; changes: readonly Change[]; site?: URL }

export function receipts(site: SiteData, o: ReceiptOptions): ReceiptsData {
  const date = releaseDate(site.version);
  const textOf = new Map(site.texts.map((t) => [t.doc_id, t]));
  const url = (table: ReceiptTable, id: string) => (o.site ? new URL(receiptPath(table, id), o.site).href : `/${receiptPath(table, id)}`);
  const history = cellHistory(o.dataDir, site.version, o.changes);
  const cite = (table: ReceiptTable, id: string, title: string) => citation({ id, title, version: site.version, date, url: url(table, id) });
  const figures: Receipt[] = site.targets.map((t) => ({
    table: 'targets', id: t.target_id, doc_id: t.doc_id,
    context: contextAt(textOf.get(t.doc_id)!.sentences, t.quote_start, t.quote_end),
    compared: comparedStatus(site, t.target_id),
    changes: changesOf(history, 'targets', t.target_id),
    citation: cite('targets', t.target_id, `Figure ${t.target_id}: ${t.description_en} (${t.description_zh}), ${t.value_text}`),
    url: url('targets', t.target_id),
  }));
  const items: Receipt[] = site.measures.map((m) => ({
    table: 'measures', id: m.measure_id, doc_id: m.doc_id,
    context: contextAt(textOf.get(m.doc_id)!.sentences, m.quote_start, m.quote_end),
    changes: changesOf(history, 'measures', m.measure_id),
    citation: cite('measures', m.measure_id, `Item ${m.measure_id}: ${m.title_en} (${m.title_zh})`),
    url: url('measures', m.measure_id),
  }));
  const withdrawn = withdrawnIds(o.dataDir, site.version, {
    targets: new Set(site.targets.map((t) => t.target_id)), measures: new Set(site.measures.map((m) => m.measure_id)),
  }, o.changes);
  return { version: site.version, date, absolute: o.site !== undefined, receipts: [...figures, ...items], withdrawn };
}
