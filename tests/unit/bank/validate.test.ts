import { describe, expect, it } from 'vitest';
import { validateBank, validateBankText } from '../../../src/domain/bank/validate';
import { worded } from '../../helpers/i18n';
import { tinyRaw } from '../../helpers/banks';

/** Validates a mutated copy of the tiny fixture and returns its problems. */
type Worded = { path: string; message: string }[];

function problemsAfter(mutate: (bank: ReturnType<typeof tinyRaw>) => void, fileName?: string): Worded {
  const raw = tinyRaw();
  mutate(raw);
  const result = validateBank(raw, fileName === undefined ? {} : { fileName });
  return worded(result.problems);
}

function expectProblem(problems: Worded, path: string, fragment: string): void {
  expect(problems, JSON.stringify(problems, null, 1)).toContainEqual({
    path,
    message: expect.stringContaining(fragment) as string,
  });
}

describe('validateBank on the tiny fixture', () => {
  it('accepts the fixture, which uses every feature of the format', () => {
    const result = validateBank(tinyRaw(), { fileName: 'tests/fixtures/banks/tiny/2.1.0.json' });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('the shape a missing or wrong field expects', () => {
  it('writes a missing list as a JSON example and says an empty one is allowed', () => {
    const problems = problemsAfter((b) => {
      delete b.context;
      delete b.dimensions[0].tips;
    });
    expectProblem(
      problems,
      'context',
      'is missing. Expected: [{ "id": "…", "text": { "nl": "…", "en": "…" }, "options": [{ … }, …] }, …]. An empty list [] is allowed.',
    );
    expectProblem(
      problems,
      'dimensions[0].tips',
      'Expected: [{ "nl": "…", "en": "…" }, …]. An empty list [] is allowed.',
    );
  });
  it('says when a list may not be empty, and names the optional fields with …', () => {
    expectProblem(
      problemsAfter((b) => delete b.scales),
      'scales',
      'Expected: [{ "id": "…", "points": [{ … }, …], … }, …]. The list may not be empty.',
    );
  });
  it('shows a text per language in the bank’s own languages where another kind was given', () => {
    const problems = problemsAfter((b) => {
      b.dimensions[1].definition = 'only one language';
      b.scoring.relative = {};
    });
    expectProblem(problems, 'dimensions[1].definition', 'but is a text. Expected: { "nl": "…", "en": "…" }.');
    expectProblem(
      problems,
      'scoring.relative',
      'Expected: [{ "section": "…", "maxStrengths": 0, "maxDevelopment": 0, … }, …]',
    );
  });
  it('adds nothing to a plain text, number or yes/no of the wrong kind', () => {
    const [problem] = problemsAfter((b) => (b.items[0].reverse = 'yes'));
    expect(problem?.message).toBe('must be true or false, but is a text');
  });
  it('speaks Dutch in Dutch', () => {
    const raw = tinyRaw();
    delete raw.context;
    const problem = worded(validateBank(raw).problems, 'nl').find((p) => p.path === 'context');
    expect(problem?.message).toMatch(/^ontbreekt\. Verwacht: \[\{ "id": .*\. Een lege lijst \[\] mag\.$/);
  });
});

describe('schema problems', () => {
  it('names a missing field with its path', () => {
    expectProblem(
      problemsAfter((b) => delete b.items[2].text),
      'items[2].text',
      'is missing',
    );
  });
  it('names a wrong type and what was found', () => {
    expectProblem(
      problemsAfter((b) => (b.items[0].reverse = 'yes')),
      'items[0].reverse',
      'must be true or false, but is a text',
    );
  });
  it('catches a typo in a field name', () => {
    expectProblem(
      problemsAfter((b) => (b.items[1].reversed = true)),
      'items[1]',
      'does not know: "reversed"',
    );
  });
  it('refuses a newer format version', () => {
    expectProblem(
      problemsAfter((b) => (b.formatVersion = 2)),
      'formatVersion',
      'must be 1',
    );
  });
  it('refuses an id that is not kebab-case', () => {
    expectProblem(
      problemsAfter((b) => (b.dimensions[0].id = 'Connect Now')),
      'dimensions[0].id',
      'kebab-case',
    );
  });
  it('refuses a version that is not semver', () => {
    expectProblem(
      problemsAfter((b) => (b.version = 'v2')),
      'version',
      'semantic version',
    );
  });
  it('refuses an unknown slider field and a wrong reflection kind', () => {
    expectProblem(
      problemsAfter((b) => (b.reflections.prompts[0].kind = 'essay')),
      'reflections.prompts[0].kind',
      'must be one of "text", "slider"',
    );
  });
  it('refuses a language key that is not a language code', () => {
    expectProblem(
      problemsAfter((b) => (b.title['not a language'] = 'x')),
      'title["not a language"]',
      'language code',
    );
  });
});

describe('semantic problems', () => {
  it('reports a duplicate item id, pointing at the first use', () => {
    expectProblem(
      problemsAfter((b) => (b.items[4].id = 'c1')),
      'items[4].id',
      'repeats the item id "c1", already used at items[0]',
    );
  });
  it('reports duplicate dimension, scale, section, context and option ids', () => {
    const problems = problemsAfter((b) => {
      b.dimensions[1].id = 'connect';
      b.scales[1].id = 'freq';
      b.sections[1].id = 'roles';
      b.context[1].id = 'phase';
      b.context[0].options[1].id = 'start';
    });
    expectProblem(problems, 'dimensions[1].id', 'dimension id "connect"');
    expectProblem(problems, 'scales[1].id', 'scale id "freq"');
    expectProblem(problems, 'sections[1].id', 'section id "roles"');
    expectProblem(problems, 'context[1].id', 'context question id "phase"');
    expectProblem(problems, 'context[0].options[1].id', 'option id "start"');
  });
  it('reports every kind of dangling reference', () => {
    const problems = problemsAfter((b) => {
      b.items[3].dimension = 'nope';
      b.items[9].scale = 'nope-scale';
      b.dimensions[0].section = 'nope-section';
      b.dimensions[4].parent = 'nope-parent';
      b.sections[0].scale = 'missing-scale';
      b.scoring.flags[0].low = 'ghost';
      b.scoring.relative[0].section = 'ghost-section';
      b.scoring.twins[0].reverse = 'ghost-item';
      b.dimensions[1].phases = ['winter'];
      b.norms.entries[0].dimension = 'ghost-norm';
    });
    expectProblem(problems, 'items[3].dimension', 'names the dimension "nope"');
    expectProblem(problems, 'items[9].scale', 'names the scale "nope-scale"');
    expectProblem(problems, 'dimensions[0].section', 'names the section "nope-section"');
    expectProblem(problems, 'dimensions[4].parent', 'names the parent "nope-parent"');
    expectProblem(problems, 'sections[0].scale', 'names the scale "missing-scale"');
    expectProblem(problems, 'scoring.flags[0].low', 'names the dimension "ghost"');
    expectProblem(problems, 'scoring.relative[0].section', 'names the section "ghost-section"');
    expectProblem(problems, 'scoring.twins[0].reverse', 'names the item "ghost-item"');
    expectProblem(problems, 'dimensions[1].phases[0]', 'names the phase "winter"');
    expectProblem(problems, 'norms.entries[0].dimension', 'names the dimension "ghost-norm"');
  });
  it('reports an unknown phase question', () => {
    expectProblem(
      problemsAfter((b) => (b.scoring.phaseQuestion = 'season')),
      'scoring.phaseQuestion',
      'names the context question "season"',
    );
  });
  it('reports a cycle among parents once, with its members', () => {
    const problems = problemsAfter((b) => {
      b.dimensions[3].parent = 'trust';
    });
    expect(problems.filter((p) => p.message.includes('cycle'))).toEqual([
      { path: 'dimensions[3].parent', message: 'forms a cycle of parents: openness → trust → openness' },
    ]);
  });
  it('reports a parent in another section', () => {
    expectProblem(
      problemsAfter((b) => (b.dimensions[4].parent = 'connect')),
      'dimensions[4].parent',
      'a parent must be in the same section',
    );
  });
  it('reports a missing and an empty translation with the exact path', () => {
    const problems = problemsAfter((b) => {
      delete b.items[12].text.en;
      b.dimensions[2].tips[1].nl = '   ';
      delete b.scoring.bands[2].label.nl;
    });
    expectProblem(problems, 'items[12].text.en', 'is missing: the bank declares "en"');
    expectProblem(problems, 'dimensions[2].tips[1].nl', 'is empty');
    expectProblem(problems, 'scoring.bands[2].label.nl', 'is missing');
  });
  it('checks a newly declared language everywhere', () => {
    const problems = problemsAfter((b) => b.languages.push('fr'));
    expect(problems.length).toBeGreaterThan(50);
    expectProblem(problems, 'title.fr', 'the bank declares "fr"');
    expectProblem(problems, 'reflections.prompts[1].maxLabel.fr', 'is missing');
  });
  it('reports scale values that do not rise strictly', () => {
    expectProblem(
      problemsAfter((b) => (b.scales[0].points[2].value = 2)),
      'scales[0].points[2].value',
      'values must rise strictly',
    );
  });
  it('reports a file name that differs from the version', () => {
    expectProblem(
      problemsAfter(() => undefined, 'banks/tiny/2.0.0.json'),
      'version',
      'name the file "2.1.0.json"',
    );
  });
  it('reports rule parameters out of range', () => {
    const problems = problemsAfter((b) => {
      b.scoring.minAnsweredShare = 1.5;
      b.scoring.relative[0].threshold = -1;
      b.scoring.relative[0].maxStrengths = -2;
      b.scoring.flags[1].minGap = 0;
      b.scoring.straightLiningMinItems = 1;
      b.scoring.bands[1].min = 4.5;
      b.reflections.prompts[1].max = -3;
    });
    expectProblem(problems, 'scoring.minAnsweredShare', 'at most 1');
    expectProblem(problems, 'scoring.relative[0].threshold', '0 or more');
    expectProblem(problems, 'scoring.relative[0].maxStrengths', 'from 0 to 50');
    expectProblem(problems, 'scoring.flags[1].minGap', 'above 0');
    expectProblem(problems, 'scoring.straightLiningMinItems', 'at least 2');
    expectProblem(problems, 'scoring.bands[1].min', 'lower than the band before it');
    expectProblem(problems, 'reflections.prompts[1].max', 'greater than min');
  });
  it('requires an interpretation per band, and only for known bands', () => {
    const problems = problemsAfter((b) => {
      delete b.dimensions[0].interpretation.mid;
      b.dimensions[1].interpretation.great = { nl: 'x', en: 'y' };
    });
    expectProblem(problems, 'dimensions[0].interpretation', 'no interpretation text for the band "mid"');
    expectProblem(problems, 'dimensions[1].interpretation.great', 'which scoring.bands does not define');
  });
  it('checks twins: direction and dimension', () => {
    const problems = problemsAfter((b) => {
      b.scoring.twins = [
        { item: 't2', reverse: 't1' },
        { item: 'c1', reverse: 't2' },
      ];
    });
    expectProblem(problems, 'scoring.twins[0].item', 'is reverse-keyed');
    expectProblem(problems, 'scoring.twins[0].reverse', 'not marked reverse: true');
    expectProblem(problems, 'scoring.twins[1]', 'twins must share a dimension');
  });
  it('reports a dimension without items and a dimension on mixed scale ranges', () => {
    const problems = problemsAfter((b) => {
      b.items = b.items.filter((item: { dimension: string }) => item.dimension !== 'deliver');
      b.items[0].scale = 'ten';
    });
    expectProblem(problems, 'dimensions[1]', 'has no items beneath it');
    expectProblem(problems, 'dimensions[0]', 'different ranges');
  });
});

describe('validateBankText', () => {
  it('explains a file that is not JSON', () => {
    const result = validateBankText('{ "id": ');
    expect(result.ok).toBe(false);
    expect(worded(result.problems)[0]).toEqual({
      path: '',
      message:
        'stops before it is complete (at line 1, column 9): a closing bracket } or ] is probably missing, or the file was cut off',
    });
  });
  it('refuses a file over the size limit without parsing it', () => {
    const result = validateBankText(`"${'x'.repeat(6_000_000)}"`);
    expect(worded(result.problems)[0]?.message).toMatch(/is 6\.0 MB; a bank file may be at most 5 MB/);
  });
  it('accepts a byte-order mark', () => {
    expect(validateBankText(`\uFEFF${JSON.stringify(tinyRaw())}`).ok).toBe(true);
  });
  it('caps a flood of problems with a summary line', () => {
    const raw = tinyRaw();
    raw.items = Array.from({ length: 1000 }, () => ({ id: 1 }));
    const result = validateBank(raw);
    expect(result.problems).toHaveLength(201);
    expect(worded(result.problems)[200]?.message).toMatch(/more problems/);
  });
});

describe('texts as read', () => {
  it('drop direction overrides and control characters, and keep markup as written', async () => {
    const { plainText } = await import('../../../src/domain/bank/texts');
    expect(plainText('invoice \u202Egnp.exe')).toBe('invoice gnp.exe');
    expect(plainText('a\u0000b\u2066c\u2069\td\ne')).toBe('abc\td\ne');
  });

  it('are cleaned once, when the bank is read, so no view has to clean them', () => {
    const raw = tinyRaw();
    raw.title.nl = '<b>vet</b> \u202Etxt';
    raw.items[0].text.en = 'invoice \u202Egnp.exe';
    const result = validateBank(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bank.title.nl).toBe('<b>vet</b> txt');
    expect(result.bank.items[0]?.text.en).toBe('invoice gnp.exe');
  });
});

describe('roles in context and the 2.0.0 additions', () => {
  const situations = (b: ReturnType<typeof tinyRaw>) => {
    b.situations = {
      title: { nl: 'Rollen in context', en: 'Roles in context' },
      intro: { nl: 'Kies telkens twee rollen.', en: 'Choose two roles each time.' },
      section: 'roles',
      pick: 2,
      prompts: [
        {
          id: 'situation-start',
          phase: 'start',
          text: { nl: 'Het netwerk start.', en: 'The network starts.' },
        },
        { id: 'situation-run', phase: 'run', text: { nl: 'Het netwerk loopt.', en: 'The network runs.' } },
      ],
    };
  };
  it('accepts a situations block whose phases are options of the phase question', () => {
    const raw = tinyRaw();
    situations(raw);
    expect(validateBank(raw).problems).toEqual([]);
  });
  it('refuses an unknown phase, a pick out of range, a duplicate id and a missing text', () => {
    const problems = problemsAfter((b) => {
      situations(b);
      b.situations.prompts[0].phase = 'later';
      b.situations.pick = 4;
      b.situations.prompts[1].id = 'situation-start';
      delete b.situations.prompts[1].text.en;
    });
    expectProblem(problems, 'situations.pick', 'must be a whole number from 1 to 3');
    expectProblem(problems, 'situations.prompts[0].phase', 'names the phase "later"');
    expectProblem(problems, 'situations.prompts[1].id', 'repeats the situation id "situation-start"');
    expectProblem(problems, 'situations.prompts[1].text.en', 'is missing');
  });
  it('asks rated sections for a rater wording of every item, and a measurement model for critical differences', () => {
    const problems = problemsAfter((b) => {
      b.sections[0].rated = true;
      b.raters = {
        intro: { nl: 'Intro.', en: 'Intro.' },
        instruction: { nl: 'Doe zo.', en: 'Do so.' },
        notApplicable: { nl: 'Kon ik niet zien.', en: 'Could not see.' },
        comment: { nl: 'Opmerking?', en: 'Comment?' },
        groups: [{ id: 'partners', name: { nl: 'partners', en: 'partners' }, minimum: 0 }],
      };
      b.scoring.relative[0] = {
        section: 'roles',
        method: 'critical-difference',
        maxStrengths: 1,
        maxDevelopment: 1,
      };
    });
    expectProblem(problems, 'items[0]', 'has no raterText: "c1"');
    expectProblem(problems, 'raters.groups[0].minimum', 'from 1 to 50');
    expectProblem(problems, 'scoring.relative[0].method', 'needs scoring.measurement');
  });
});
