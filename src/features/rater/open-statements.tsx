import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { RaterPage } from '../../domain/feedback/rater';
import { useBankText } from '../../i18n/bank-text';

interface OpenStatementsProps {
  readonly index: BankIndex;
  /** The rater's pages, each with only its statements still open. */
  readonly open: readonly RaterPage[];
  readonly count: number;
  readonly numberOf: (itemId: string) => number;
  readonly onChoose: (itemId: string) => void;
  readonly onFinish: () => void;
  /** While the response is being sealed (finishing again would seal twice). */
  readonly busy: boolean;
}

/**
 * Before finishing: how many statements are still open, the choice to finish anyway, and each open
 * statement as a way back to it (by section). Takes focus when it appears.
 */
export function OpenStatements({
  index,
  open,
  count,
  numberOf,
  onChoose,
  onFinish,
  busy,
}: OpenStatementsProps) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="card card-attention" aria-labelledby="rater-open-title">
      <h2 id="rater-open-title" ref={ref} tabIndex={-1}>
        {t('rater.open.title', { count })}
      </h2>
      <p>{t('rater.open.help')}</p>
      {/* Before the list, which can be long: finishing needs no scrolling past every open statement. */}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={onFinish}>
          {t('rater.open.finishAnyway')}
        </button>
      </div>
      {open.map((page) => (
        <section key={page.section.id} aria-labelledby={`rater-open-${page.section.id}`}>
          <h3 id={`rater-open-${page.section.id}`}>{text(page.section.title)}</h3>
          <ul className="unanswered">
            {page.items.map((item) => (
              <li key={item.id}>
                {/* A button, not a link to `#item-…`: the fragment holds the invitation. */}
                <button type="button" className="link-button" onClick={() => onChoose(item.id)}>
                  {numberOf(item.id)}. {text(item.raterText ?? item.text)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
