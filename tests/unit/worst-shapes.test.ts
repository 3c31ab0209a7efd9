import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { worstShapes } from '../../bench/worst-shapes';

interface Measured {
  readonly name: string;
  readonly ms: number;
  readonly peakMB: number;
  readonly ok: boolean;
  readonly problems: number;
}

describe('validation of the worst shapes of file', () => {
  it('is bounded: each within 2 s, the whole run within a 300 MB heap and 300 MB resident', () => {
    // A child process with its heap capped at 300 MB: a shape that needs more makes it fail.
    const output = execFileSync(
      process.execPath,
      ['--max-old-space-size=300', '--import', 'tsx', 'bench/worst-shapes-run.ts'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const measured = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Measured);
    expect(measured.map((m) => m.name)).toEqual(worstShapes().map((shape) => shape.name));
    for (const m of measured) {
      expect(m.ms, m.name).toBeLessThanOrEqual(2000);
      expect(m.peakMB, m.name).toBeLessThanOrEqual(300);
      // At most 200 problems are built, plus the one that counts the rest.
      expect(m.problems, m.name).toBeLessThanOrEqual(201);
    }
    // Every hostile shape is refused with its problems; the long but valid result opens.
    expect(measured.filter((m) => m.ok).map((m) => m.name)).toEqual([
      'result: 49 reflections of 100,000 characters',
    ]);
    for (const m of measured.filter((m) => !m.ok)) expect(m.problems, m.name).toBeGreaterThan(0);
  }, 90_000);

  it('keeps every shape within the size limit of its kind', () => {
    for (const shape of worstShapes()) expect(shape.text.length, shape.name).toBeLessThanOrEqual(5_000_000);
  });
});
