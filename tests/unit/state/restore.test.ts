import { describe, expect, it } from 'vitest';
import {
  EMPTY_ASSESSMENT,
  MIGRATIONS,
  SAVED_VERSION,
  migrate,
  sanitize,
  type Migration,
} from '../../../src/state/restore';

/** Each named migration's test: the name must appear here, so a new migration without a test fails the meta-test. */
const MIGRATION_TESTS: Record<string, () => void> = {};

describe('saved-state migrations', () => {
  it('every migration has a test and none changes its input', () => {
    for (const migration of MIGRATIONS) {
      expect(MIGRATION_TESTS[migration.name], `migration "${migration.name}" has no test`).toBeTypeOf(
        'function',
      );
      const input = Object.freeze({ answers: Object.freeze({}) });
      migration.up(input);
    }
    for (const test of Object.values(MIGRATION_TESTS)) test();
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
      answers: { good: 3, bad: 'x', inf: Number.POSITIVE_INFINITY, __proto__: 1 },
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
    expect([...dropped].sort()).toEqual([
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
});
