import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refKey } from '../../banks/catalogue';
import { pickText } from '../../domain/bank/texts';
import type { Problem } from '../../domain/problems';
import type { ResultFile } from '../../domain/result-file';
import { validateBankFile } from '../../state/bank-file';
import { useCustomBanks } from '../../state/custom-banks';
import { FileDrop } from '../../ui/file-drop';
import { ProblemList } from '../../ui/problem-list';
import { readFileBytes } from '../../ui/read-file';

/**
 * Shown when a result was made with a bank this app does not carry: the coach loads that bank's file, which
 * must be the same bank id and version (it is then kept in this browser, like a facilitator's own bank).
 */
export function BankLoader({
  result,
  failed,
}: {
  readonly result: ResultFile;
  readonly failed: string | null;
}) {
  const { t, i18n } = useTranslation();
  const add = useCustomBanks((state) => state.add);
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const key = refKey(result.bank);

  const take = async (file: File) => {
    const checked = await validateBankFile(await readFileBytes(file));
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    if (refKey(checked.bank) !== key) {
      setProblems([
        { path: 'version', code: 'wrong-bank', values: { found: refKey(checked.bank), wanted: key } },
      ]);
      return;
    }
    setProblems(null);
    add({
      key,
      title: pickText(checked.bank.title, i18n.language, checked.bank.languages),
      text: checked.text,
      addedAt: new Date().toISOString(),
    });
  };

  return (
    <section className="card card-attention" aria-labelledby="bank-needed-title">
      <h2 id="bank-needed-title">{t('coach.bankNeededTitle')}</h2>
      <p>
        {failed === null ? t('coach.bankNeeded', { key }) : t('coach.bankBroken', { key, message: failed })}
      </p>
      <FileDrop
        label={t('coach.chooseBank')}
        hint={t('facilitator.dropHint')}
        accept=".json,application/json"
        onFiles={(files) => {
          const file = files[0];
          if (file) void take(file);
        }}
      />
      {problems && (
        <ProblemList
          title={t('coach.bankProblems')}
          problems={problems}
          wholeFile={t('facilitator.wholeFile')}
        />
      )}
    </section>
  );
}
