import { useTranslation } from 'react-i18next';
import type { Bank, Reflection } from '../../domain/bank/schema';
import { useBankText } from '../../i18n/bank-text';
import { useAssessment } from '../../state/assessment';

type Slider = Extract<Reflection, { kind: 'slider' }>;

function SliderPrompt({ prompt, bank }: { readonly prompt: Slider; readonly bank: Bank }) {
  const { t } = useTranslation();
  const text = useBankText(bank);
  const value = useAssessment((state) => state.reflections[prompt.id]);
  const setReflection = useAssessment((state) => state.setReflection);
  const id = `reflection-${prompt.id}`;
  const set = typeof value === 'number';
  const mid = prompt.min + Math.round((prompt.max - prompt.min) / 2);
  const stepSize = prompt.step ?? 1;
  const ticks = Array.from(
    { length: Math.floor((prompt.max - prompt.min) / stepSize) + 1 },
    (_, i) => prompt.min + i * stepSize,
  );
  return (
    <div className="reflection">
      <label htmlFor={id} className="reflection-prompt">
        {text(prompt.prompt)}
      </label>
      <input
        id={id}
        type="range"
        className={set ? 'slider' : 'slider slider-unset'}
        min={prompt.min}
        max={prompt.max}
        step={prompt.step ?? 1}
        list={`${id}-ticks`}
        value={set ? value : mid}
        aria-valuetext={
          set
            ? `${t('questionnaire.sliderValue', { value, max: prompt.max })} (${text(prompt.minLabel)} – ${text(prompt.maxLabel)})`
            : t('questionnaire.sliderNotSet')
        }
        onChange={(event) => setReflection(prompt.id, Number(event.target.value))}
        onClick={(event) => setReflection(prompt.id, Number(event.currentTarget.value))}
      />
      <datalist id={`${id}-ticks`}>
        {ticks.map((tick) => (
          <option key={tick} value={tick} />
        ))}
      </datalist>
      {/* The scale under the slider: a number at each tick (when they fit), the words at the two ends. */}
      {ticks.length <= 11 && (
        <div className="slider-ticks" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick} className={set && tick === value ? 'slider-tick slider-tick-on' : 'slider-tick'}>
              {tick}
            </span>
          ))}
        </div>
      )}
      <div className="slider-ends" aria-hidden="true">
        <span>{text(prompt.minLabel)}</span>
        <span>{text(prompt.maxLabel)}</span>
      </div>
      <div className="slider-status">
        <output htmlFor={id}>
          {set ? t('questionnaire.sliderValue', { value, max: prompt.max }) : t('questionnaire.sliderNotSet')}
        </output>
        {set && (
          <button type="button" className="link-button" onClick={() => setReflection(prompt.id, null)}>
            {t('questionnaire.sliderClear')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The unscored leader-identity section: open questions and optional sliders. */
export function ReflectionsStep({ bank }: { readonly bank: Bank }) {
  const text = useBankText(bank);
  const reflections = useAssessment((state) => state.reflections);
  const setReflection = useAssessment((state) => state.setReflection);
  return (
    <div className="reflections">
      <p className="prose">{text(bank.reflections.intro)}</p>
      {bank.reflections.prompts.map((prompt) =>
        prompt.kind === 'text' ? (
          <div key={prompt.id} className="reflection">
            <label htmlFor={`reflection-${prompt.id}`} className="reflection-prompt">
              {text(prompt.prompt)}
            </label>
            <textarea
              id={`reflection-${prompt.id}`}
              rows={4}
              maxLength={5000}
              value={typeof reflections[prompt.id] === 'string' ? (reflections[prompt.id] as string) : ''}
              onChange={(event) => setReflection(prompt.id, event.target.value)}
            />
          </div>
        ) : (
          <SliderPrompt key={prompt.id} prompt={prompt} bank={bank} />
        ),
      )}
    </div>
  );
}
