import { expect, test } from 'vitest';
import { addChangelogEntry, ENTRY_STUB, nextVersion, relabelReasons } from './openNext.ts';

test('the next version is today’s date, or the next of the same day when today has a release', () => {
  expect(nextVersion('2026.12.03', new Date('2026-12-09T10:00:00Z'))).toBe('2026.12.09');
  expect(nextVersion('2026.12.09', new Date('2026-12-09T10:00:00Z'))).toBe('2026.12.09-2');
  expect(nextVersion('2026.12.09-2', new Date('2026-12-09T23:00:00Z'))).toBe('2026.12.09-3');
  // A frozen release newer than the current version (a clock set back) is never reused.
  expect(nextVersion('2026.12.03', new Date('2026-12-01T10:00:00Z'), ['2026.12.05'])).toBe('2026.12.05-2');
});

test('the changelog entry goes above the newest one, once', () => {
  const log = '# Changelog\n\nIntro.\n\n## 2026.12.03\n\nText.\n';
  const once = addChangelogEntry(log, '2026.12.09');
  expect(once).toBe(`# Changelog\n\nIntro.\n\n## 2026.12.09\n\n${ENTRY_STUB}\n\n## 2026.12.03\n\nText.\n`);
  expect(addChangelogEntry(once, '2026.12.09')).toBe(once);
});

test('reasons written under a cut release after it was cut move to the new one; its own stay', () => {
  const frozen = 'release,table,id,column,kind,reason_en,reason_zh\n2026.12.03,targets,a,value,correction,Old.,旧。\n';
  const now = `${frozen}2026.12.03,targets,b,value,correction,"New, later.",新。\n2026.11.22,targets,c,value,correction,Older.,更旧。\n`;
  const { text, moved } = relabelReasons(now, frozen, '2026.12.03', '2026.12.09');
  expect(moved).toBe(1);
  expect(text).toBe(`${frozen}2026.12.09,targets,b,value,correction,"New, later.",新。\n2026.11.22,targets,c,value,correction,Older.,更旧。\n`);
});
