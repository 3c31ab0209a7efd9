import { describe, expect, it } from 'vitest';
import {
  EMPTY_ASSESSMENT,
  MIGRATIONS,
  SAVED_VERSION,
  migrate,
  sanitize,
  type Migration,
} from '../../../src/state/restore';

/**
 * Each named migration's test, by name. A migration without one makes the meta-test fail, and each test
 * must prove its migration ran (tldraw's migration tests do the same).
 */
const MIGRATION_TESTS: Record<string, (migration: Migration) => void> = {
  'per-answer-change-times': (migration) => {
    const v1 = {
      bank: { id: 'network-leadership', version: '2.0.0' },
      answers: { 'a-1': 4, 'a-2': null },
      context: { phase: 'explore' },
      reflections: { 'self-as-leader': 'Ja.' },
      choices: { 'explore-1': ['network-weaver'] },
      name: 'Łukasz',
      step: 3,
      startedAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:20:00.000Z',
      completedAt: null,
    };
    const up = migration.up(v1);
    const changed = Date.parse(v1.updatedAt);
    // Every answer and field keeps its value and gets the last saved change's time; the epoch is the start.
    expect(up).toEqual({
      ...v1,
      epoch: Date.parse(v1.startedAt),
      stamps: {
        'answers.a-1': changed,
        'answers.a-2': changed,
        'context.phase': changed,
        'reflections.self-as-leader': changed,
        'choices.explore-1': changed,
        name: changed,
        step: changed,
        completedAt: changed,
      },
    });
    // Read back as version 2, nothing is dropped.
    expect(sanitize(up)).toEqual({ state: up, dropped: [] });
    // Without any times (damaged or never started), everything is stamped 0: merged as "before any change".
    expect(migration.up({ answers: { 'a-1': 2 } })).toEqual({
      answers: { 'a-1': 2 },
      epoch: 0,
      stamps: { 'answers.a-1': 0 },
    });
  },
};

/** The names of the migrations in `migrations` that have no test in `tests`. */
function untested(migrations: readonly Migration[], tests: Readonly<Record<string, unknown>>): string[] {
  return migrations.filter((migration) => typeof tests[migration.name] !== 'function').map((m) => m.name);
}

describe('saved-state migrations', () => {
  it('the meta-test finds a migration without a test (checked on a made-up list, so it can fail)', () => {
    const made: Migration = { name: 'add-something', from: 1, up: (state) => ({ ...state, something: 1 }) };
    expect(untested([made], {})).toEqual(['add-something']);
    expect(untested([made], { 'add-something': () => undefined })).toEqual([]);
  });

  it('every real migration has a test, runs it, and none changes its input', () => {
    expect(untested(MIGRATIONS, MIGRATION_TESTS)).toEqual([]);
    // The saved format's version says how many migrations there are: one per step from version 1.
    expect(MIGRATIONS).toHaveLength(SAVED_VERSION - 1);
    for (const migration of MIGRATIONS) {
      const input = Object.freeze({ answers: Object.freeze({}) });
      expect(() => migration.up(input)).not.toThrow();
      MIGRATION_TESTS[migration.name]?.(migration);
    }
  });

  it('runs named migrations in order up to the current version', () => {
    const steps: Migration[] = [
      { name: 'rename-page-to-step', from: 1, up: ({ page, ...rest }) => ({ ...rest, step: page }) },
      { name: 'add-name', from: 2, up: (state) => ({ ...state, name: 'anonymous' }) },
    ];
    expect(migrate({ page: 3, answers: { a: 1 } }, 1, steps, 3)).toEqual({
      step: 3,
      answers: { a: 1 },
      name: 'anonymous',
    });
    expect(migrate({ step: 2 }, 2, steps, 3)).toEqual({ step: 2, name: 'anonymous' });
    expect(migrate({ step: 2 }, 3, steps, 3)).toEqual({ step: 2 });
  });

  it('refuses versions it cannot read', () => {
    expect(migrate({}, SAVED_VERSION + 1)).toBeNull();
    expect(migrate({}, 0)).toBeNull();
    expect(migrate({}, 1.5)).toBeNull();
    expect(migrate('text', 1)).toBeNull();
  });
});

describe('sanitize', () => {
  it('keeps a valid saved assessment as it is', () => {
    const saved = {
      ...EMPTY_ASSESSMENT,
      bank: { id: 'network-leadership', version: '1.0.0' },
      answers: { 'a-1': 4, 'a-2': null },
      context: { phase: 'explore' },
      reflections: { 'self-as-leader': 'Ja.', 'home-or-network': 7 },
      name: 'Łukasz',
      step: 5,
      startedAt: '2026-11-01T10:00:00.000Z',
    };
    expect(sanitize(saved)).toEqual({ state: saved, dropped: [] });
  });

  it('drops only what cannot be used, and says what', () => {
    const { state, dropped } = sanitize({
      // JSON.parse makes "__proto__" an own key, as saved data would have it (in an object literal it would
      // set the prototype instead, and the case would never run).
      answers: { good: 3, bad: 'x', inf: Number.POSITIVE_INFINITY, ...JSON.parse('{"__proto__": 1}') },
      context: { phase: 'explore', size: 12 },
      reflections: { long: 'x'.repeat(30_000), ok: 'fine' },
      step: -2,
      startedAt: 'yesterday',
      bank: 'network-leadership',
    });
    expect(state.answers).toEqual({ good: 3 });
    expect(state.context).toEqual({ phase: 'explore' });
    expect(state.reflections).toEqual({ ok: 'fine' });
    expect(state.step).toBe(0);
    expect(state.startedAt).toBeNull();
    expect(state.bank).toBeNull();
    expect(Object.hasOwn(state.answers, '__proto__')).toBe(false);
    expect([...dropped].sort()).toEqual([
      'answers.__proto__',
      'answers.bad',
      'answers.inf',
      'bank',
      'context.size',
      'reflections.long',
      'startedAt',
      'step',
    ]);
  });

  it('never throws on hostile input', () => {
    for (const input of [
      null,
      undefined,
      3,
      'x',
      [],
      { answers: [] },
      { answers: null },
      JSON.parse('{"__proto__":{"a":1}}'),
    ])
      expect(() => sanitize(input)).not.toThrow();
    expect(sanitize(null)).toEqual({ state: EMPTY_ASSESSMENT, dropped: ['everything'] });
  });

  it('keeps fields it does not know, so a newer version’s data survives a round trip through this one', () => {
    const saved = { ...EMPTY_ASSESSMENT, answers: { 'a-1': 4 }, reviewedBy: 'coach', future: { x: [1, 2] } };
    const { state, dropped } = sanitize(saved);
    expect(dropped).toEqual([]);
    expect(state).toMatchObject({ reviewedBy: 'coach', future: { x: [1, 2] }, answers: { 'a-1': 4 } });
  });
});
