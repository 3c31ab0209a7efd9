import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { Item } from '../../domain/bank/schema';
import type { QuestionPage } from '../../domain/questionnaire';
import { useBankText } from '../../i18n/bank-text';

interface UnansweredListProps {
  readonly index: BankIndex;
  readonly pages: readonly QuestionPage[];
  readonly items: readonly Item[];
  readonly onChoose: (itemId: string) => void;
}

/** The statements still without an answer, each a link to its place; takes focus when it appears. */
export function UnansweredList({ index, pages, items, onChoose }: UnansweredListProps) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card card-attention" aria-labelledby="unanswered-title">
      <h2 id="unanswered-title" ref={ref} tabIndex={-1}>
        {t('questionnaire.unansweredTitle', { count: items.length })}
      </h2>
      <p>{t('questionnaire.unansweredHelp')}</p>
      <ul className="unanswered">
        {items.map((item) => {
          const page = pages.find((p) => p.items.some((candidate) => candidate.id === item.id));
          const section = page ? index.sections.get(page.section) : undefined;
          return (
            <li key={item.id}>
              <a
                href={`#item-${item.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onChoose(item.id);
                }}
              >
                {text(item.text)}
              </a>
              <span className="muted small">
                {' '}
                (
                {t('questionnaire.unansweredWhere', {
                  section: text(section?.title),
                  part: t('questionnaire.part', { part: page?.part ?? 1, parts: page?.parts ?? 1 }),
                })}
                )
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
