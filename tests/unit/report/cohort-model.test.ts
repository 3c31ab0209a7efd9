import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import { analyseCohort } from '../../../src/domain/cohort/analysis';
import { buildCohortReportModel } from '../../../src/report/cohort-model';
import type { Block } from '../../../src/report/model';
import { tinyBank } from '../../helpers/banks';
import { tinyCohortMembers } from '../../helpers/cohort';
import { translator } from '../../helpers/i18n';

const index = indexBank(tinyBank());
const analysis = analyseCohort(index, tinyCohortMembers());

async function model(language: 'nl' | 'en') {
  return buildCohortReportModel(
    { index, analysis, language, generatedAt: new Date('2026-11-27T10:00:00.000Z') },
    await translator(language),
  );
}

const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));

describe('the group-profile report model', () => {
  it('has the profile per section, the context and how to read it, in that order', async () => {
    const { blocks, cover, fileName } = await model('nl');
    expect(blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []))).toEqual([
      'Profiel van de groep',
      'Context van de deelnemers',
      'Zo lees je dit groepsprofiel',
    ]);
    expect(cover.lines[0]).toBe('Groep van 5 deelnemers');
    expect(cover.name).toBeNull();
    expect(fileName).toBe('netwerkleiderschap-groep-profiel-2026-11-27.pdf');
  });

  it('gives each dimension its n, mean, spread and strength counts, the latter only where the bank has a rule', async () => {
    const [roles, mindset] = tables((await model('nl')).blocks);
    // connect: person means 13/3, 8/3, 5, 8/3, 11/3 → mean 3.67, sd √9.5 / 3 = 1.03; 1 strength, 2
    // development points (worked out in tests/unit/cohort/analysis.test.ts).
    expect(roles?.columns).toEqual([
      'Dimensie',
      'n',
      'Gemiddelde',
      'Standaarddeviatie',
      'Sterk punt bij',
      'Ontwikkelpunt bij',
    ]);
    expect(roles?.rows[0]).toEqual(['Verbinden', '5', '3,7', '1,03', '1', '2']);
    expect(roles?.rows[2]).toEqual(['Verkennen', '5', '5,0', '0,00', '4', '0']);
    expect(mindset?.columns).toEqual(['Dimensie', 'n', 'Gemiddelde', 'Standaarddeviatie']);
  });

  it('shows the context answers with their share of the group', async () => {
    const phase = tables((await model('en')).blocks).find((table) => table.rows[0]?.[0] === 'Starting up');
    expect(phase?.columns).toEqual(['Answer', 'Participants', 'Share']);
    expect(phase?.rows).toEqual([
      ['Starting up', '3', '60 %'],
      ['Running', '1', '20 %'],
      ['No answer', '1', '20 %'],
    ]);
  });
});
