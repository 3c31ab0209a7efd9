import type { KeyboardEvent } from 'react';
import type { Answers } from '../domain/answers';
import type { BankIndex } from '../domain/bank/model';
import type { Item, Scale } from '../domain/bank/schema';

interface ItemCardProps {
  readonly item: Item;
  /** The item's number in the whole questionnaire (1-based). */
  readonly number: number;
  readonly scale: Scale;
  readonly value: number | null | undefined;
  readonly text: string;
  readonly labelOf: (point: Scale['points'][number] | 'not-applicable') => string;
  readonly onAnswer: (value: number | null, fromKey: boolean) => void;
  /** Whether "not applicable" (`null`) is offered; by default when the scale has it. */
  readonly notApplicable?: boolean | undefined;
}

/** The id of the element that takes focus for an item (its checked option, else its first). */
export function itemDomId(itemId: string): string {
  return `item-${itemId}`;
}

/** Focuses an item's checked option, or its first option when none is checked. */
export function focusItem(itemId: string): boolean {
  const group = document.getElementById(itemDomId(itemId));
  const target =
    group?.querySelector<HTMLInputElement>('input:checked') ??
    group?.querySelector<HTMLInputElement>('input');
  if (!target) return false;
  target.focus();
  group?.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * One statement as a labelled radio group (fieldset + legend). Arrow keys move within the group (native
 * radios); the number keys 1–9 choose the nth answer, 0 or N "not applicable". Shared by the participant's
 * questionnaire and the rater's statements (where "not applicable" is "I could not observe this").
 */
export function ItemCard({
  item,
  number,
  scale,
  value,
  text,
  labelOf,
  onAnswer,
  notApplicable = scale.notApplicable !== undefined,
}: ItemCardProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (/^[1-9]$/.test(key)) {
      const point = scale.points[Number(key) - 1];
      if (!point) return;
      event.preventDefault();
      onAnswer(point.value, true);
    } else if ((key === '0' || key === 'n') && notApplicable) {
      event.preventDefault();
      onAnswer(null, true);
    }
  };
  const name = `answer-${item.id}`;
  return (
    <fieldset className="item" id={itemDomId(item.id)} onKeyDown={onKeyDown}>
      <legend className="item-text">
        <span className="item-number">{number}.</span> {text}
      </legend>
      <div className="options">
        {scale.points.map((point, index) => (
          <label key={point.value} className="option">
            <input
              type="radio"
              name={name}
              value={point.value}
              checked={value === point.value}
              onChange={() => onAnswer(point.value, false)}
            />
            <span className="option-face">
              <span className="option-key" aria-hidden="true">
                {index + 1}
              </span>
              <span className="option-label">{labelOf(point)}</span>
            </span>
          </label>
        ))}
        {notApplicable && (
          <label className="option option-na">
            <input
              type="radio"
              name={name}
              value="na"
              checked={value === null}
              onChange={() => onAnswer(null, false)}
            />
            <span className="option-face">
              <span className="option-key" aria-hidden="true">
                0
              </span>
              <span className="option-label">{labelOf('not-applicable')}</span>
            </span>
          </label>
        )}
      </div>
    </fieldset>
  );
}

interface ItemCardsProps {
  readonly index: BankIndex;
  readonly items: readonly Item[];
  readonly answers: Answers;
  /** Each item's number as the person sees it (1-based). */
  readonly numberOf: (itemId: string) => number;
  readonly textOf: (item: Item) => string;
  readonly labelOf: (point: Scale['points'][number] | 'not-applicable', scale: Scale) => string;
  readonly onAnswer: (item: Item, value: number | null, fromKey: boolean) => void;
  /** Whether "not applicable" is offered on every item; by default where its scale has it. */
  readonly notApplicable?: boolean;
}

/** A page of statements, each a card on its own scale (an item without a scale is left out). */
export function ItemCards({
  index,
  items,
  answers,
  numberOf,
  textOf,
  labelOf,
  onAnswer,
  notApplicable,
}: ItemCardsProps) {
  return (
    <div className="items">
      {items.map((item) => {
        const scale = index.itemScale.get(item.id);
        if (!scale) return null;
        return (
          <ItemCard
            key={item.id}
            item={item}
            number={numberOf(item.id)}
            scale={scale}
            value={Object.hasOwn(answers, item.id) ? answers[item.id] : undefined}
            text={textOf(item)}
            labelOf={(point) => labelOf(point, scale)}
            notApplicable={notApplicable}
            onAnswer={(value, fromKey) => onAnswer(item, value, fromKey)}
          />
        );
      })}
    </div>
  );
}
