import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/domain/semver';

describe('semver precedence', () => {
  it('orders versions as semver.org does, pre-releases before their release', () => {
    const shuffled = [
      '1.0.0',
      '1.0.0-rc.1',
      '0.9.0',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta.11',
      '1.0.0-beta.2',
      '1.0.0-beta',
      '2.0.0',
      '1.10.0',
      '1.2.0',
    ];
    expect([...shuffled].sort(compareVersions)).toEqual([
      '0.9.0',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ]);
  });

  it('ignores build metadata and puts texts that are not versions last', () => {
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
    expect(compareVersions('not-a-version', '1.0.0')).toBeGreaterThan(0);
  });
});
