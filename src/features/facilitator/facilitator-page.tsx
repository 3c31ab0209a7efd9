import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import {
  BUNDLED_BANKS,
  DEFAULT_BANK,
  isBundled,
  loadChangelog,
  refKey,
  type BankRef,
} from '../../banks/catalogue';
import { indexBank, type BankIndex } from '../../domain/bank/model';
import { pickText } from '../../domain/bank/texts';
import type { CheckStage } from '../../domain/bank/validate';
import type { Problem } from '../../domain/problems';
import { resolveBank, type BankStatus } from '../../state/bank';
import { validateBankFile } from '../../state/bank-file';
import { useCustomBanks } from '../../state/custom-banks';
import { startTrial } from '../../state/trial';
import { openParticipantLink, participantLink, pathOf, useRoute } from '../../state/route';
import { CopyField } from '../../ui/copy-field';
import { saveFile } from '../../ui/download';
import { starterBank } from '../../domain/bank/starter';
import type { Bank } from '../../domain/bank/schema';
import { FileDrop } from '../../ui/file-drop';
import { ProblemList } from '../../ui/problem-list';
import { readFileBytes } from '../../ui/read-file';
import { bankFacts, BankPreview } from './bank-preview';
import { BankLinks } from './bank-links';
import { ChangelogView } from './changelog-view';
import { VersionChanges } from './version-changes';
import { downloadWorkbook, readBankWorkbook } from './workbook';

/** Offers a bank as a JSON file named `<id>-<version>.json`, ready to edit or to send. */
function downloadBank(bank: Bank): void {
  saveFile(`${JSON.stringify(bank, null, 2)}\n`, `${bank.id}-${bank.version}.json`, 'application/json');
}

/** "Try as participant": runs the bank from its intro to its results, saving nothing. */
function TryIt({ index }: { readonly index: BankIndex }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" className="button" onClick={() => startTrial(index, 'facilitator')}>
        {t('facilitator.tryIt')}
      </button>
      <span className="muted">{t('facilitator.tryHelp')}</span>
    </div>
  );
}

/** One bank version in the catalogue: facts, changelog and the participant link that pins it. */
function CatalogueEntry({ bankRef, custom }: { readonly bankRef: BankRef; readonly custom: boolean }) {
  const { t, i18n } = useTranslation();
  const remove = useCustomBanks((state) => state.remove);
  const [status, setStatus] = useState<BankStatus>({ status: 'loading', ref: bankRef });
  const [changelog, setChangelog] = useState<string | null>(null);
  const key = refKey(bankRef);
  const isDefault = !custom && key === refKey(DEFAULT_BANK);
  useEffect(() => {
    let current = true;
    void resolveBank(bankRef).then((next) => current && setStatus(next));
    void loadChangelog(bankRef.id, i18n.language)?.then((text) => current && setChangelog(text));
    return () => {
      current = false;
    };
  }, [bankRef, i18n.language]);
  const bank = status.status === 'ready' ? status.bank : null;
  return (
    <li className="card">
      <h3>{bank ? pickText(bank.title, i18n.language, bank.languages) : key}</h3>
      {bank ? (
        <p>
          {t('facilitator.bankFacts', bankFacts(bank))}{' '}
          <span className="tag">{custom ? t('facilitator.fromFile') : t('facilitator.builtIn')}</span>
          {isDefault && (
            <>
              {' '}
              <span className="tag tag-strong">{t('facilitator.defaultTag')}</span>
            </>
          )}
        </p>
      ) : (
        <p className="muted">
          {status.status === 'loading' ? t('app.loading') : t('facilitator.unavailable')}
        </p>
      )}
      {custom && bank && <BankLinks bank={bank} />}
      <CopyField
        label={custom ? t('facilitator.bankLinkPinned') : t('facilitator.linkLabel')}
        value={participantLink(location.origin, key)}
        copyLabel={t('share.copy')}
        copiedLabel={t('share.copied')}
      />
      {changelog !== null && <ChangelogView markdown={changelog} version={bankRef.version} />}
      {status.status === 'ready' && <TryIt index={status.index} />}
      {bank && (
        <div className="actions">
          <button type="button" className="button button-quiet" onClick={() => downloadBank(bank)}>
            {t('facilitator.downloadBank')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void downloadWorkbook(bank)}>
            {t('facilitator.downloadWorkbook')}
          </button>
        </div>
      )}
      {custom && (
        <div className="actions">
          <button type="button" className="button button-quiet" onClick={() => remove(key)}>
            {t('facilitator.remove')}
          </button>
        </div>
      )}
    </li>
  );
}

type Upload =
  | { readonly kind: 'none' }
  | { readonly kind: 'checking'; readonly file: string; readonly stage: CheckStage | null }
  | { readonly kind: 'problems'; readonly file: string; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'valid';
      readonly file: string;
      readonly text: string;
      readonly index: BankIndex;
      readonly added: boolean;
    };

/** The file being checked or previewed: kept while the page is left for a trial, so coming back shows it. */
const useUpload = create<{ readonly upload: Upload }>()(() => ({ upload: { kind: 'none' } }));

/** "Use my own bank": choose or drop a JSON file, see its problems or a preview, then use it. */
function OwnBank() {
  const { t, i18n } = useTranslation();
  const navigateTo = useRoute((state) => state.navigate);
  const add = useCustomBanks((state) => state.add);
  const upload = useUpload((state) => state.upload);
  const setUpload = (next: Upload) => useUpload.setState({ upload: next });

  const check = async (file: File) => {
    setUpload({ kind: 'checking', file: file.name, stage: null });
    const bytes = await readFileBytes(file);
    // A workbook is read into the bank it holds; its problems are then placed by sheet, row and column.
    let source: Uint8Array | string = bytes;
    let placed = (problems: readonly Problem[]) => problems;
    if (/\.xlsx$/i.test(file.name)) {
      const workbook = await readBankWorkbook(bytes, t);
      if (!workbook.ok) {
        setUpload({ kind: 'problems', file: file.name, problems: workbook.problems });
        return;
      }
      source = workbook.text;
      placed = workbook.placed;
    }
    const result = await validateBankFile(source, (stage) =>
      setUpload({ kind: 'checking', file: file.name, stage }),
    );
    if (!result.ok) {
      setUpload({ kind: 'problems', file: file.name, problems: placed(result.problems) });
      return;
    }
    const ref = { id: result.bank.id, version: result.bank.version };
    if (isBundled(ref)) {
      setUpload({
        kind: 'problems',
        file: file.name,
        problems: [{ path: 'version', code: 'built-in-clash', values: { key: refKey(ref) } }],
      });
      return;
    }
    setUpload({
      kind: 'valid',
      file: file.name,
      text: result.text,
      index: indexBank(result.bank),
      added: false,
    });
  };

  return (
    <section aria-labelledby="own-bank-title" className="results-section">
      <h2 id="own-bank-title">{t('facilitator.ownTitle')}</h2>
      <p>
        {t('facilitator.ownHelp')}{' '}
        <a
          href={pathOf('help')}
          onClick={(event) => {
            event.preventDefault();
            navigateTo('help');
          }}
        >
          {t('facilitator.helpLink')}
        </a>
      </p>
      <p>{t('facilitator.starterHelp')}</p>
      <p>{t('facilitator.workbookHelp')}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => downloadBank(starterBank('my-questionnaire'))}
        >
          {t('facilitator.downloadStarter')}
        </button>
      </div>
      <FileDrop
        label={t('facilitator.chooseFile')}
        hint={t('facilitator.dropHint')}
        accept=".json,application/json,.xlsx"
        onFiles={(files) => {
          const file = files[0];
          if (file) void check(file);
        }}
      />
      <div aria-live="polite">
        {upload.kind === 'checking' && (
          <p className="muted" role="status">
            {t('facilitator.checking', { file: upload.file })}
            {upload.stage !== null && <> {t(`facilitator.stage.${upload.stage}`)}</>}
          </p>
        )}
        {upload.kind === 'problems' && (
          <ProblemList
            title={t('facilitator.problemsTitle', { count: upload.problems.length, file: upload.file })}
            problems={upload.problems}
            wholeFile={t('facilitator.wholeFile')}
          />
        )}
        {upload.kind === 'valid' && (
          <div className="card">
            <p role="status">{t('facilitator.valid', { file: upload.file })}</p>
            <VersionChanges bank={upload.index.bank} />
            <BankPreview index={upload.index} />
            <TryIt index={upload.index} />
            {upload.added ? (
              <>
                <p>{t('facilitator.added')}</p>
                <BankLinks bank={upload.index.bank} />
                <CopyField
                  label={t('facilitator.bankLinkPinned')}
                  value={participantLink(location.origin, refKey(upload.index.bank))}
                  copyLabel={t('share.copy')}
                  copiedLabel={t('share.copied')}
                />
                <div className="actions">
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => openParticipantLink(refKey(upload.index.bank))}
                  >
                    {t('facilitator.takeIt')}
                  </button>
                </div>
              </>
            ) : (
              <div className="actions">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    const { bank } = upload.index;
                    add({
                      key: refKey(bank),
                      title: pickText(bank.title, i18n.language, bank.languages),
                      text: upload.text,
                      addedAt: new Date().toISOString(),
                    });
                    setUpload({ ...upload, added: true });
                  }}
                >
                  {t('facilitator.useIt')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

/** The facilitator's view: every bank the app carries, links that pin a version, and their own banks. */
export default function FacilitatorPage() {
  const { t } = useTranslation();
  const custom = useCustomBanks((state) => state.banks);
  const navigate = useRoute((state) => state.navigate);
  const customRefs = custom.map((entry) => {
    const [id = '', version = ''] = entry.key.split('@');
    return { id, version };
  });
  return (
    <>
      <h1>{t('facilitator.title')}</h1>
      <p className="prose">{t('facilitator.intro')}</p>
      <div className="card">
        <p>{t('cohort.openHelp')}</p>
        <button type="button" className="button button-primary" onClick={() => navigate('cohort')}>
          {t('cohort.open')}
        </button>
      </div>
      <section aria-labelledby="catalogue-title" className="results-section">
        <h2 id="catalogue-title">{t('facilitator.catalogueTitle')}</h2>
        <ul className="catalogue">
          {BUNDLED_BANKS.map((bankRef) => (
            <CatalogueEntry key={refKey(bankRef)} bankRef={bankRef} custom={false} />
          ))}
          {customRefs.map((bankRef) => (
            <CatalogueEntry key={refKey(bankRef)} bankRef={bankRef} custom />
          ))}
        </ul>
      </section>
      <OwnBank />
    </>
  );
}
