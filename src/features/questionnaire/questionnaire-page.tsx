import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { Item } from '../../domain/bank/schema';
import { useBankText } from '../../i18n/bank-text';
import { unscorableDimensions } from '../../domain/questionnaire';
import { useAssessment } from '../../state/assessment';
import { usePages, useProgress } from '../../state/derived';
import { useRoute } from '../../state/route';
import { focusItem, ItemCards } from '../../ui/item-card';
import { usePageFocus } from '../../ui/page-focus';
import { usePageHistory } from '../../ui/page-history';
import { ProgressBar } from './progress-bar';
import { ReflectionsStep } from './reflections-step';
import { SituationsStep } from './situations-step';
import { UnscorableWarning } from './unscorable-warning';
import { UnansweredList } from './unanswered-list';

/**
 * The questionnaire: each section in pages of a few items, then the unscored reflections. Every answer is
 * saved at once; the current step is saved too, so a reload comes back to the same page.
 */
export function QuestionnairePage({ index }: { readonly index: BankIndex }) {
  const { bank } = index;
  const { t } = useTranslation();
  const text = useBankText(bank);
  const navigate = useRoute((state) => state.navigate);
  const pages = usePages(index);
  const { answered, total, unanswered } = useProgress(index);
  const answers = useAssessment((state) => state.answers);
  const savedStep = useAssessment((state) => state.step);
  const answer = useAssessment((state) => state.answer);
  const goToStep = useAssessment((state) => state.goToStep);
  const complete = useAssessment((state) => state.complete);
  const hasSituations = bank.situations !== undefined;
  const hasReflections = bank.reflections.prompts.length > 0;
  const stepCount = pages.length + (hasSituations ? 1 : 0) + (hasReflections ? 1 : 0);
  const step = Math.min(Math.max(0, savedStep), stepCount - 1);
  const page = pages[step];
  const onSituations = hasSituations && step === pages.length;
  const [showUnanswered, setShowUnanswered] = useState(false);
  /** Dimensions of the section being left that will have no score, until the participant goes on anyway. */
  const [unscorable, setUnscorable] = useState<{
    readonly section: string;
    readonly dimensions: string[];
  } | null>(null);
  const [acknowledged, setAcknowledged] = useState<readonly string[]>([]);
  const { headingRef, focusOnArrival } = usePageFocus(step);
  const pushStep = usePageHistory('step', savedStep, goToStep);

  // Number of every item in the questionnaire's order (1-based), for the "12." before each statement.
  const numberOf = (itemId: string) => index.itemNumbers.get(itemId) ?? 0;

  const go = (next: number, focusItemId?: string) => {
    setShowUnanswered(false);
    setUnscorable(null);
    if (next === step && focusItemId !== undefined) {
      focusItem(focusItemId);
      return;
    }
    focusOnArrival(focusItemId ?? null);
    pushStep(next);
    goToStep(next);
  };

  const stepOfItem = (itemId: string) => pages.findIndex((p) => p.items.some((item) => item.id === itemId));

  /** Next: before leaving a section, warn once when its "not applicable" answers leave a dimension unscored. */
  const next = () => {
    if (page && page.part === page.parts && !acknowledged.includes(page.section)) {
      const dimensions = unscorableDimensions(index, answers, page.section);
      if (dimensions.length > 0) {
        setUnscorable({ section: page.section, dimensions });
        return;
      }
    }
    if (isLast) finish();
    else go(step + 1);
  };

  const finish = () => {
    if (unanswered.length > 0) {
      setShowUnanswered(true);
      return;
    }
    complete();
    navigate('results');
  };

  const onAnswer = (item: Item, value: number | null, fromKey: boolean) => {
    answer(item.id, value);
    if (!fromKey || !page) return;
    const position = page.items.findIndex((candidate) => candidate.id === item.id);
    const next = page.items[position + 1];
    // Move on at once after a number key (a fast typist's next key must reach the next statement);
    // after the page's last statement, to the Next button.
    if (next) focusItem(next.id);
    else document.getElementById('questionnaire-next')?.focus();
  };

  const section = page ? index.sections.get(page.section) : undefined;
  // The scale of the page's statements (one per section), for the keyboard help.
  const pageScale = page?.items[0] ? index.itemScale.get(page.items[0].id) : undefined;
  const unscoredTitle = onSituations ? text(bank.situations?.title) : text(bank.reflections.title);
  const isLast = step === stepCount - 1;

  return (
    <>
      <ProgressBar answered={answered} total={total} step={step + 1} steps={stepCount} />
      <h1 ref={headingRef} tabIndex={-1} className="page-heading">
        {page ? text(section?.title) : unscoredTitle}
        {!page && (
          <span className="tag">
            {onSituations ? t('questionnaire.situationsNotScored') : t('questionnaire.reflectionsNotScored')}
          </span>
        )}
      </h1>
      {page?.part === 1 && section?.description && <p className="prose">{text(section.description)}</p>}
      {/* The instruction was on the intro: here it is one tap away rather than repeated word for word. */}
      {page?.part === 1 && (
        <details className="instruction-recall">
          <summary>{t('questionnaire.howToAnswer')}</summary>
          <p className="instruction">{text(bank.instruction)}</p>
        </details>
      )}
      {page && (
        <p className="muted small keyboard-help">
          {t('questionnaire.keyboardHelp', { count: Math.min(9, pageScale?.points.length ?? 5) })}
          {pageScale?.notApplicable && <> {t('questionnaire.keyboardHelpNotApplicable')}</>}
        </p>
      )}

      {page ? (
        <ItemCards
          index={index}
          items={page.items}
          answers={answers}
          numberOf={numberOf}
          textOf={(item) => text(item.text)}
          labelOf={(point, scale) =>
            text(point === 'not-applicable' ? scale.notApplicable?.label : point.label)
          }
          onAnswer={onAnswer}
        />
      ) : onSituations ? (
        <SituationsStep index={index} />
      ) : (
        <ReflectionsStep bank={bank} />
      )}

      {unscorable && (
        <UnscorableWarning
          index={index}
          dimensions={unscorable.dimensions}
          onReview={(dimension) => {
            const first = index.itemsBeneath.get(dimension)?.[0];
            if (first) go(stepOfItem(first.id), first.id);
          }}
          onContinue={() => {
            setAcknowledged([...acknowledged, unscorable.section]);
            setUnscorable(null);
            if (isLast) finish();
            else go(step + 1);
          }}
        />
      )}

      {showUnanswered && unanswered.length > 0 && (
        <UnansweredList
          index={index}
          pages={pages}
          items={unanswered}
          onChoose={(itemId) => go(stepOfItem(itemId), itemId)}
        />
      )}

      <nav className="step-nav" aria-label={t('questionnaire.progressLabel')}>
        <button type="button" className="button" disabled={step === 0} onClick={() => go(step - 1)}>
          {t('questionnaire.back')}
        </button>
        {unanswered.length > 0 && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              const first = unanswered[0];
              if (first) go(stepOfItem(first.id), first.id);
            }}
          >
            {t('questionnaire.firstUnanswered')}
          </button>
        )}
        <button id="questionnaire-next" type="button" className="button button-primary" onClick={next}>
          {isLast ? t('questionnaire.finish') : t('questionnaire.next')}
        </button>
      </nav>
      <p className="muted small">{t('questionnaire.saved')}</p>
    </>
  );
}
