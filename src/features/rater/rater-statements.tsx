import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../domain/answers';
import type { BankIndex } from '../../domain/bank/model';
import type { Item } from '../../domain/bank/schema';
import { MAX_COMMENT_CHARS } from '../../domain/feedback/payload';
import type { RaterPage } from '../../domain/feedback/rater';
import { useBankText, useNumberFormat } from '../../i18n/bank-text';
import { ItemCards } from '../../ui/item-card';

interface RaterStatementsProps {
  readonly index: BankIndex;
  readonly page: RaterPage;
  /** Each rated statement's number among the rater's statements (1-based). */
  readonly numberOf: (itemId: string) => number;
  readonly answers: Answers;
  readonly comment: string;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onAnswer: (item: Item, value: number | null, fromKey: boolean) => void;
  readonly onComment: (text: string) => void;
}

/**
 * One rated section: its statements in the rater's wording, each with the section's scale and "could not
 * observe", then an optional comment on the section.
 */
export function RaterStatements({
  index,
  page,
  numberOf,
  answers,
  comment,
  headingRef,
  onAnswer,
  onComment,
}: RaterStatementsProps) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const number = useNumberFormat();
  const commentId = useId();
  const raters = index.bank.raters;
  const notObserved = text(raters?.notApplicable);
  const firstScale = page.items[0] ? index.itemScale.get(page.items[0].id) : undefined;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="page-heading">
        {text(page.section.title)}
      </h1>
      <details className="instruction-recall">
        <summary>{t('rater.instructionTitle')}</summary>
        <p className="instruction">{text(raters?.instruction)}</p>
      </details>
      <p className="muted small keyboard-help">
        {t('rater.keyboardHelp', { count: Math.min(9, firstScale?.points.length ?? 5), notObserved })}
      </p>
      <ItemCards
        index={index}
        items={page.items}
        answers={answers}
        numberOf={numberOf}
        textOf={(item) => text(item.raterText ?? item.text)}
        labelOf={(point) => (point === 'not-applicable' ? notObserved : text(point.label))}
        notApplicable
        onAnswer={onAnswer}
      />
      <div className="reflection">
        <label htmlFor={commentId} className="reflection-prompt">
          {text(raters?.comment)}
        </label>
        <textarea
          id={commentId}
          rows={4}
          maxLength={MAX_COMMENT_CHARS}
          value={comment}
          aria-describedby={`${commentId}-count`}
          onChange={(event) => onComment(event.target.value.slice(0, MAX_COMMENT_CHARS))}
        />
        <p id={`${commentId}-count`} className="muted small">
          {t('rater.commentCount', {
            used: number(comment.length, 0),
            max: number(MAX_COMMENT_CHARS, 0),
          })}
        </p>
      </div>
    </>
  );
}
