import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeInvitation } from '../../crypto/invitation';
import { createRound, exportPrivateKey, importPrivateKey } from '../../crypto/round';
import type { BankIndex } from '../../domain/bank/model';
import { groupStatuses } from '../../domain/feedback/aggregate';
import { invitationUrl, responseOf } from '../../domain/feedback/links';
import { answerSetOf, offersFeedback } from '../../domain/feedback/payload';
import { groupMinimum, raterGroupName } from '../../domain/feedback/rater';
import { useAssessment } from '../../state/assessment';
import { useBank } from '../../state/bank';
import { useFeedback, type StoredRound } from '../../state/feedback';
import { openTokens, type ImportOutcome } from '../../state/feedback-import';
import { tokensOfFiles, tokensOfPasted } from '../../state/response-intake';
import { pathOf, useRoute } from '../../state/route';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { CopyField } from '../../ui/copy-field';
import { ResponseIntakeForm } from '../../ui/response-intake-form';
import { TableView } from '../../ui/view/table-view';
import { KeyFile, RestoreRound } from './round-key';
import { importOutcomeText } from '../../views/feedback-import';

/** The app's own address (origin and base path), which every link of a round starts with. */
function appUrl(): string {
  return `${location.origin}${pathOf('intro')}`;
}

/**
 * The participant's feedback round: create it (a key pair made in this browser), hand out one invitation
 * link per rater group, save the round key file, and take in the raters' responses (pasted links, dropped
 * files, or a response link opened here). Nothing leaves the browser but what the participant sends.
 */
export default function FeedbackPage() {
  const { t } = useTranslation();
  const current = useBank((state) => state.current);
  const trying = useBank((state) => state.trial !== null);
  if (trying) return <Notice title={t('feedback.pageTitle')} text={t('feedback.notInTrial')} />;
  if (current.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (current.status !== 'ready')
    return <Notice title={t('feedback.pageTitle')} text={t('feedback.noBank')} />;
  return <RoundPage index={current.index} />;
}

function Notice({ title, text }: { readonly title: string; readonly text: string }) {
  const { t } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  return (
    <>
      <h1>{title}</h1>
      <p className="prose">{text}</p>
      <button type="button" className="button" onClick={() => navigate('intro')}>
        {t('feedback.toStart')}
      </button>
    </>
  );
}

function RoundPage({ index }: { readonly index: BankIndex }) {
  const { t } = useTranslation();
  const round = useFeedback((state) => state.round);
  const [outcomes, setOutcomes] = useState<readonly ImportOutcome[]>([]);
  const importTokens = useImporter(index, setOutcomes);
  // A response link opened in this browser (also while this page is open: only the fragment changes):
  // take the response in, then drop it from the address bar.
  useEffect(() => {
    const take = () => {
      const token = responseOf(location.hash);
      if (token === null) return;
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      void importTokens([{ token, source: t('feedback.fromLink') }]);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, [importTokens, t]);
  if (!offersFeedback(index))
    return <Notice title={t('feedback.pageTitle')} text={t('feedback.notOffered')} />;
  return (
    <>
      <h1>{t('feedback.pageTitle')}</h1>
      <p className="prose">{t('feedback.pageIntro')}</p>
      {round === null ? (
        <>
          <CreateRound index={index} />
          <RestoreRound />
          {outcomes.length > 0 && <p role="alert">{t('feedback.noRoundForResponse')}</p>}
        </>
      ) : (
        <>
          <RoundStatus index={index} round={round} />
          <Invitations index={index} round={round} />
          <KeyFile index={index} round={round} />
          <ImportResponses index={index} onTokens={importTokens} outcomes={outcomes} />
          <RoundActions />
        </>
      )}
    </>
  );
}

/** Opens tokens (and reports the texts or files that held none, `refused`) for the stored round. */
type Importer = (
  tokens: readonly { readonly token: string; readonly source?: string }[],
  refused?: readonly ImportOutcome[],
) => Promise<void>;

/** Opens tokens with the stored round and stores the new responses; reports every outcome. */
function useImporter(index: BankIndex, report: (outcomes: readonly ImportOutcome[]) => void): Importer {
  return useMemo(
    () =>
      async (tokens, refused = []) => {
        const round = useFeedback.getState().round;
        if (!round) {
          report([
            ...refused,
            ...tokens.map((entry): ImportOutcome => ({
              source: entry.source ?? '',
              kind: 'refused',
              reason: 'other-round',
            })),
          ]);
          return;
        }
        const privateKey = await importPrivateKey(round.privateKey, round.publicKey);
        if (!privateKey) {
          report([...refused, { source: '', kind: 'refused', reason: 'tampered' }]);
          return;
        }
        const known = new Set(round.responses.map((response) => response.responseId));
        const batch = await openTokens(
          tokens,
          { roundId: round.roundId, privateKey, groups: round.groups },
          index,
          known,
        );
        useFeedback.getState().addResponses(batch.responses);
        report([...refused, ...batch.outcomes]);
      },
    [index, report],
  );
}

function CreateRound({ index }: { readonly index: BankIndex }) {
  const { t, i18n } = useTranslation();
  const name = useAssessment((state) => state.name);
  const [firstName, setFirstName] = useState(() => name.trim().split(/\s+/)[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const groups = index.bank.raters?.groups ?? [];
  return (
    <section aria-labelledby="create-round-title" className="results-section card">
      <h2 id="create-round-title">{t('feedback.createTitle')}</h2>
      <p className="prose">{t('feedback.createHelp')}</p>
      <ul className="prose">
        {groups.map((group) => (
          <li key={group.id}>
            {t('feedback.groupRule', {
              group: raterGroupName(index, group.id, i18n.language),
              count: groupMinimum(group),
            })}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setFailed(false);
          void (async () => {
            try {
              const made = await createRound();
              const shown = firstName.trim().slice(0, 60);
              useFeedback.getState().setRound({
                roundId: made.roundId,
                publicKey: made.publicKey,
                privateKey: await exportPrivateKey(made.privateKey),
                bank: { id: index.bank.id, version: index.bank.version },
                groups: groups.map((group) => group.id),
                createdAt: new Date().toISOString(),
                ...(shown === '' ? {} : { firstName: shown }),
                keySaved: false,
                responses: [],
              });
            } catch {
              setFailed(true);
            } finally {
              setBusy(false);
            }
          })();
        }}
      >
        <label className="field">
          <span>{t('feedback.firstName')}</span>
          <input
            type="text"
            value={firstName}
            maxLength={60}
            autoComplete="given-name"
            onChange={(event) => setFirstName(event.target.value)}
          />
        </label>
        <p className="muted small">{t('feedback.firstNameHelp')}</p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('feedback.create')}
        </button>
        {failed && <p role="alert">{t('feedback.createFailed')}</p>}
      </form>
    </section>
  );
}

/** Per group: responses in and whether its minimum is reached. */
function RoundStatus({ index, round }: { readonly index: BankIndex; readonly round: StoredRound }) {
  const { t, i18n } = useTranslation();
  const navigate = useRoute((state) => state.navigate);
  const sets = round.responses.map((response) => answerSetOf(response.groupId, response.payload));
  const { groups } = groupStatuses(index, sets);
  const otherBank = round.bank.id !== index.bank.id || round.bank.version !== index.bank.version;
  return (
    <section aria-labelledby="round-status-title" className="results-section card">
      <h2 id="round-status-title">{t('feedback.statusTitle')}</h2>
      {otherBank && (
        <p className="card card-attention" role="alert">
          {t('feedback.otherBank', { key: `${round.bank.id}@${round.bank.version}` })}
        </p>
      )}
      <TableView
        captionHidden
        table={{
          caption: t('feedback.statusCaption'),
          columns: [
            { label: t('feedback.columnGroup'), width: 0.4 },
            { label: t('feedback.columnResponses'), numeric: true, width: 0.2 },
            { label: t('feedback.columnShown'), width: 0.4 },
          ],
          rows: groups
            .filter((group) => round.groups.includes(group.id))
            .map((group) => ({
              id: group.id,
              cells: [
                raterGroupName(index, group.id, i18n.language),
                String(group.responses),
                group.responses >= group.minimum
                  ? t('feedback.reached', { count: group.minimum })
                  : t('feedback.notReached', {
                      count: group.minimum,
                      missing: group.minimum - group.responses,
                    }),
              ],
            })),
        }}
      />
      {round.responses.length > 0 && !otherBank && (
        <div className="actions">
          <a
            className="button button-primary"
            href={pathOf('results')}
            onClick={(event) => {
              event.preventDefault();
              navigate('results');
            }}
          >
            {t('feedback.toResults')}
          </a>
        </div>
      )}
    </section>
  );
}

/** One invitation link per rater group, each carrying only what the rater's browser needs. */
function Invitations({ index, round }: { readonly index: BankIndex; readonly round: StoredRound }) {
  const { t, i18n } = useTranslation();
  const links = useMemo(
    () =>
      round.groups.map((groupId) => ({
        groupId,
        url: invitationUrl(
          appUrl(),
          encodeInvitation({
            formatVersion: 1,
            roundId: round.roundId,
            groupId,
            bank: round.bank,
            publicKey: round.publicKey,
            ...(round.firstName === undefined ? {} : { firstName: round.firstName }),
          }),
        ),
      })),
    [round.groups, round.roundId, round.bank, round.publicKey, round.firstName],
  );
  return (
    <section aria-labelledby="invitations-title" className="results-section">
      <h2 id="invitations-title">{t('feedback.invitationsTitle')}</h2>
      <p className="prose">{t('feedback.invitationsHelp')}</p>
      {links.map(({ groupId, url }) => (
        <CopyField
          key={groupId}
          label={t('feedback.invitationFor', { group: raterGroupName(index, groupId, i18n.language) })}
          value={url}
          copyLabel={t('share.copy')}
          copiedLabel={t('share.copied')}
        />
      ))}
      <p className="muted small">{t('feedback.invitationsPrivacy')}</p>
    </section>
  );
}

/** Pasted response links and dropped response files, with what happened to each. */
function ImportResponses({
  index,
  onTokens,
  outcomes,
}: {
  readonly index: BankIndex;
  readonly onTokens: Importer;
  readonly outcomes: readonly ImportOutcome[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="import-responses-title" className="results-section">
      <h2 id="import-responses-title">{t('feedback.importTitle')}</h2>
      <p className="prose">{t('feedback.importHelp')}</p>
      <ResponseIntakeForm
        primary
        labels={{
          paste: t('feedback.pasteLabel'),
          pasteButton: t('feedback.importPasted'),
          files: t('feedback.dropLabel'),
          filesHint: t('feedback.dropHint'),
        }}
        onPasted={async (text) => {
          const { tokens, refused } = tokensOfPasted(text, t('feedback.pasted'));
          await onTokens(tokens, refused);
        }}
        onFiles={async (files) => {
          const { tokens, refused } = await tokensOfFiles(files);
          await onTokens(tokens, refused);
        }}
        outcomes={outcomes.map((outcome) => ({
          text: importOutcomeText(t, index, outcome, i18n.language),
          refused: outcome.kind === 'refused',
        }))}
      />
    </section>
  );
}

/** Forget the round in this browser, or start another. */
function RoundActions() {
  const { t } = useTranslation();
  const [confirm, setConfirm] = useState(false);
  return (
    <div className="actions">
      <button type="button" className="button button-danger" onClick={() => setConfirm(true)}>
        {t('feedback.forget')}
      </button>
      <ConfirmDialog
        open={confirm}
        title={t('feedback.forgetTitle')}
        confirmLabel={t('feedback.forgetConfirm')}
        cancelLabel={t('intro.cancel')}
        destructive
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          useFeedback.getState().forget();
        }}
      >
        <p>{t('feedback.forgetBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
