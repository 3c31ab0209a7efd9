import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../crypto/invitation';
import { sealResponse } from '../../crypto/response';
import type { BankIndex } from '../../domain/bank/model';
import type { Item } from '../../domain/bank/schema';
import { buildRaterPayload, ratedItems } from '../../domain/feedback/payload';
import { raterPages, type RaterGroup, type RaterProgress } from '../../domain/feedback/rater';
import { focusItem } from '../../ui/item-card';
import { usePageFocus } from '../../ui/page-focus';
import { usePageHistory } from '../../ui/page-history';
import { ProgressBar } from '../../ui/progress-bar';
import { OpenStatements } from './open-statements';
import { deleteProgress, loadProgress, progressKey, saveProgress } from './progress-storage';
import { RaterDone } from './rater-done';
import { RaterIntro } from './rater-intro';
import { RaterStatements } from './rater-statements';

interface RaterFlowProps {
  readonly invitation: Invitation;
  readonly index: BankIndex;
  readonly group: RaterGroup;
}

type Phase =
  | { readonly kind: 'answering' }
  | { readonly kind: 'sealing' }
  | { readonly kind: 'done'; readonly token: string; readonly deleted: boolean };

const EMPTY: RaterProgress = { answers: {}, comments: {}, page: 0 };

/**
 * A rater's whole flow for one invitation: the intro, one page per rated section, then the sealed response.
 * Progress is saved in this browser at every change and deleted once the response is made. Every page is a
 * history entry, so the browser's Back goes to the previous page.
 */
export function RaterFlow({ invitation, index, group }: RaterFlowProps) {
  const { t } = useTranslation();
  const key = progressKey(invitation.roundId, invitation.groupId);
  const pages = useMemo(() => raterPages(index), [index]);
  const numbers = useMemo(() => new Map(ratedItems(index).map((item, i) => [item.id, i + 1])), [index]);
  const numberOf = (itemId: string) => numbers.get(itemId) ?? 0;
  const total = numbers.size;
  const [loaded] = useState(() => loadProgress(key, index));
  const [progress, setProgress] = useState(loaded.status === 'restored' ? loaded.progress : EMPTY);
  const latest = useRef(progress);
  const [notice, setNotice] = useState<'restored' | 'unreadable' | null>(
    loaded.status === 'none' ? null : loaded.status,
  );
  const [saveFailed, setSaveFailed] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'answering' });
  const [showOpen, setShowOpen] = useState(false);
  const [sealFailed, setSealFailed] = useState(false);
  /** Set once the response is made: from then on, Back stays on the response. */
  const doneRef = useRef(false);
  const done = phase.kind === 'done';

  const answered = Object.keys(progress.answers).filter((id) => numbers.has(id)).length;
  const page = progress.page === 0 ? undefined : pages[progress.page - 1];

  /** Takes the next progress and saves it at once (a failed save is said, and answering goes on). */
  const update = (next: RaterProgress) => {
    latest.current = next;
    setProgress(next);
    setSaveFailed(!saveProgress(key, next));
  };

  // On a new page (or the finished response), the heading takes focus, or the statement asked for.
  const { headingRef, focusOnArrival } = usePageFocus(done ? 'done' : progress.page);
  const pushPage = usePageHistory('raterPage', progress.page, (popped) => {
    if (doneRef.current || popped > pages.length) return;
    setShowOpen(false);
    update({ ...latest.current, page: popped });
  });

  const go = (next: number, focusItemId?: string) => {
    setShowOpen(false);
    setSealFailed(false);
    setNotice(null);
    if (next === progress.page) {
      if (focusItemId !== undefined) focusItem(focusItemId);
      return;
    }
    focusOnArrival(focusItemId ?? null);
    pushPage(next);
    update({ ...latest.current, page: next });
  };

  const onAnswer = (item: Item, value: number | null, fromKey: boolean) => {
    const current = latest.current;
    update({ ...current, answers: { ...current.answers, [item.id]: value } });
    if (!fromKey || !page) return;
    // After a number key, on at once to the next statement; after the page's last one, to the Next button.
    const following = page.items[page.items.findIndex((candidate) => candidate.id === item.id) + 1];
    if (following) focusItem(following.id);
    else document.getElementById('rater-next')?.focus();
  };

  const onComment = (section: string, text: string) => {
    const current = latest.current;
    update({ ...current, comments: { ...current.comments, [section]: text } });
  };

  const open = pages
    .map((p) => ({ ...p, items: p.items.filter((item) => !Object.hasOwn(progress.answers, item.id)) }))
    .filter((p) => p.items.length > 0);
  const openCount = total - answered;
  const pageOf = (itemId: string) => pages.findIndex((p) => p.items.some((item) => item.id === itemId)) + 1;

  const seal = async () => {
    setPhase({ kind: 'sealing' });
    setSealFailed(false);
    try {
      const { answers, comments } = latest.current;
      const token = await sealResponse(invitation, buildRaterPayload(index, answers, comments));
      doneRef.current = true;
      setPhase({ kind: 'done', token, deleted: deleteProgress(key) });
    } catch {
      // The answers stay (in memory and in this browser): the rater can try again.
      setPhase({ kind: 'answering' });
      setSealFailed(true);
    }
  };

  const next = () => {
    if (progress.page < pages.length) go(progress.page + 1);
    else if (openCount > 0) setShowOpen(true);
    else void seal();
  };

  if (phase.kind === 'done')
    return (
      <RaterDone
        invitation={invitation}
        index={index}
        group={group}
        token={phase.token}
        deleted={phase.deleted}
        headingRef={headingRef}
      />
    );

  const isLast = progress.page === pages.length;
  return (
    <>
      {page && (
        <ProgressBar
          answered={answered}
          total={total}
          name={t('rater.progressLabel')}
          label={t('rater.progress', { answered, total })}
          valueText={`${t('rater.progress', { answered, total })} · ${t('rater.step', {
            step: progress.page,
            steps: pages.length,
          })}`}
        />
      )}
      {notice !== null && (
        <p role="status" className={notice === 'restored' ? 'card card-quiet' : 'card card-attention'}>
          {notice === 'restored' ? t('rater.restored', { answered, total }) : t('rater.unreadable')}
        </p>
      )}
      {saveFailed && (
        <p role="alert" className="card card-attention">
          {t('rater.saveFailed')}
        </p>
      )}
      {page === undefined ? (
        <RaterIntro
          invitation={invitation}
          index={index}
          group={group}
          resuming={answered > 0 || Object.keys(progress.comments).length > 0}
          headingRef={headingRef}
          onStart={() => go(1)}
        />
      ) : (
        <>
          <RaterStatements
            index={index}
            page={page}
            numberOf={numberOf}
            answers={progress.answers}
            comment={progress.comments[page.section.id] ?? ''}
            headingRef={headingRef}
            onAnswer={onAnswer}
            onComment={(text) => onComment(page.section.id, text)}
          />
          {showOpen && open.length > 0 && (
            <OpenStatements
              index={index}
              open={open}
              count={openCount}
              numberOf={numberOf}
              onChoose={(itemId) => go(pageOf(itemId), itemId)}
              onFinish={() => void seal()}
              busy={phase.kind === 'sealing'}
            />
          )}
          {sealFailed && (
            <p role="alert" className="card card-attention">
              {t('rater.sealFailed')}
            </p>
          )}
          <p role="status" className="muted small">
            {phase.kind === 'sealing' ? t('rater.sealing') : ''}
          </p>
          <nav className="step-nav" aria-label={t('rater.progressLabel')}>
            <button type="button" className="button" onClick={() => go(progress.page - 1)}>
              {t('rater.back')}
            </button>
            <button
              id="rater-next"
              type="button"
              className="button button-primary"
              disabled={phase.kind === 'sealing'}
              onClick={next}
            >
              {isLast ? t('rater.finish') : t('rater.next')}
            </button>
          </nav>
          {!saveFailed && <p className="muted small">{t('rater.saved')}</p>}
        </>
      )}
    </>
  );
}
