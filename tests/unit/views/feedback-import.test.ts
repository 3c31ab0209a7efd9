import { describe, expect, it } from 'vitest';
import { indexBank } from '../../../src/domain/bank/model';
import type { ImportOutcome, ImportRefusal } from '../../../src/state/feedback-import';
import {
  IMPORT_REFUSALS,
  importOutcomeText,
  keyFileRefusalText,
  type ImportRefusalReason,
} from '../../../src/views/feedback-import';
import { translatorSync } from '../../helpers/i18n';
import { networkLeadershipBank } from '../../helpers/network-leadership';

const index = indexBank(networkLeadershipBank('2.0.0'));

// The view's list of reasons is exactly the state's: a reason added on either side fails the type check.
type Same = [ImportRefusal] extends [ImportRefusalReason]
  ? [ImportRefusalReason] extends [ImportRefusal]
    ? true
    : false
  : false;
const same: Same = true;

const source = 'partners · AbCdEfGh';

describe('the sentence of an import outcome', () => {
  it('says for every refusal, in both languages, in a sentence of its own naming the source', () => {
    expect(same).toBe(true);
    expect(IMPORT_REFUSALS).toHaveLength(11);
    for (const language of ['nl', 'en'] as const) {
      const t = translatorSync(language);
      const texts = IMPORT_REFUSALS.map((reason) =>
        importOutcomeText(t, index, { source, kind: 'refused', reason }, language),
      );
      for (const text of texts) {
        expect(text.startsWith(`${source}: `), text).toBe(true);
        expect(text, text).not.toMatch(/feedbackImport|\{\{/);
      }
      // Every reason reads differently: none falls back to another's sentence.
      expect(new Set(texts).size).toBe(IMPORT_REFUSALS.length);
    }
  });

  it('words the reasons plainly', () => {
    const nl = translatorSync('nl');
    const en = translatorSync('en');
    const text = (t: typeof nl, outcome: ImportOutcome, language: string) =>
      importOutcomeText(t, index, outcome, language);
    const refused = (reason: ImportRefusal): ImportOutcome => ({ source: 'a.json', kind: 'refused', reason });
    expect(text(en, refused('tampered'), 'en')).toBe(
      'a.json: this response was changed or damaged on the way and cannot be opened.',
    );
    expect(text(nl, refused('other-round'), 'nl')).toBe(
      'a.json: dit antwoord hoort bij een andere feedbackronde.',
    );
    expect(text(en, refused('no-response'), 'en')).toBe('a.json: there is no response in this.');
    expect(text(nl, refused('not-response-file'), 'nl')).toBe('a.json: dit is geen antwoordbestand.');
  });

  it('names the group of a response taken in from the bank, in the reader’s language, and a duplicate', () => {
    const added: ImportOutcome = { source, kind: 'added', groupId: 'partners' };
    expect(importOutcomeText(translatorSync('nl'), index, added, 'nl')).toBe(
      `${source}: meegeteld, van de groep ‘netwerkpartners’.`,
    );
    expect(importOutcomeText(translatorSync('en'), index, added, 'en')).toBe(
      `${source}: counted, from the group ‘network partners’.`,
    );
    // A group the bank does not know is named by its id rather than left out.
    expect(
      importOutcomeText(translatorSync('en'), index, { source, kind: 'added', groupId: 'peers' }, 'en'),
    ).toBe(`${source}: counted, from the group ‘peers’.`);
    expect(importOutcomeText(translatorSync('nl'), index, { source, kind: 'duplicate' }, 'nl')).toBe(
      `${source}: dit antwoord was al meegeteld.`,
    );
    expect(importOutcomeText(translatorSync('en'), index, { source, kind: 'duplicate' }, 'en')).toBe(
      `${source}: this response was already counted.`,
    );
  });
});

describe('the sentence of a round key file that did not open', () => {
  it('is a distinct plain sentence for every reason, in both languages', () => {
    const reasons = ['not-key-file', 'wrong-passphrase', 'newer-format', 'damaged'] as const;
    for (const language of ['nl', 'en'] as const) {
      const t = translatorSync(language);
      const texts = reasons.map((reason) => keyFileRefusalText(t, reason));
      expect(new Set(texts).size).toBe(reasons.length);
      for (const text of texts) expect(text).not.toMatch(/feedbackImport|\{\{|key[A-Z]/);
    }
    expect(keyFileRefusalText(translatorSync('nl'), 'wrong-passphrase')).toContain('wachtwoordzin');
  });
});
