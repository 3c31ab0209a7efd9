import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { Bank } from '../../domain/bank/schema';
import { pickText, plainText } from '../../domain/bank/texts';
import { TableRegion } from '../../ui/table-region';

/**
 * A bank as a facilitator checks it, with everything a participant and a coach will see: the scales, every
 * statement in every language per section, per dimension its definition, interpretations, tips and
 * reflection question, the context questions and the reflections.
 */
export function BankPreview({ index }: { readonly index: BankIndex }) {
  const { t, i18n } = useTranslation();
  const { bank } = index;
  const text = (value: Parameters<typeof pickText>[0] | undefined) =>
    value === undefined ? '' : pickText(value, i18n.language, bank.languages);
  const bands = [...bank.scoring.bands, ...(bank.scoring.positions ?? [])];
  const bandName = (id: string) => text(bands.find((band) => band.id === id)?.label) || id;
  return (
    <div className="bank-preview">
      <h3>{t('facilitator.previewTitle', { title: text(bank.title) })}</h3>
      <p className="muted">{t('facilitator.bankFacts', bankFacts(bank))}</p>
      {bank.sections.map((section) => {
        const items = index.sectionItems.get(section.id) ?? [];
        const dimensions = index.sectionDimensions.get(section.id) ?? [];
        return (
          <details key={section.id} className="dimension">
            <summary>
              <span className="dimension-name">{text(section.title)}</span>
              <span className="dimension-score">
                {t('facilitator.sectionFacts', {
                  dimensions: t('facilitator.dimensionCount', { count: dimensions.length }),
                  items: t('facilitator.itemCount', { count: items.length }),
                })}
              </span>
            </summary>
            <div className="dimension-body">
              <p>{dimensions.map((d) => text(d.name)).join(' · ')}</p>
              <TableRegion
                caption={t('facilitator.itemsCaption', { section: text(section.title) })}
                label={text(section.title)}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('facilitator.columnItem')}</th>
                    <th scope="col">{t('results.columnDimension')}</th>
                    {bank.languages.map((language) => (
                      <th key={language} scope="col" lang={language}>
                        {language}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row">
                        <code>{item.id}</code>
                        {item.reverse === true && <span className="tag">{t('facilitator.reverse')}</span>}
                      </th>
                      <td>{text(index.dimensions.get(item.dimension)?.name)}</td>
                      {bank.languages.map((language) => (
                        <td key={language} lang={language}>
                          {plainText(item.text[language] ?? '')}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </TableRegion>
              {dimensions.map((dimension) => (
                <details key={dimension.id} className="preview-dimension">
                  <summary>{text(dimension.name)}</summary>
                  <dl className="preview-texts">
                    <dt>{t('facilitator.previewDefinition')}</dt>
                    <dd>{text(dimension.definition)}</dd>
                    {Object.entries(dimension.interpretation).map(([band, interpretation]) => (
                      <Fragment key={band}>
                        <dt>{t('facilitator.previewInterpretation', { band: bandName(band) })}</dt>
                        <dd>{text(interpretation)}</dd>
                      </Fragment>
                    ))}
                    {dimension.tips.length > 0 && (
                      <>
                        <dt>{t('facilitator.previewTips')}</dt>
                        <dd>
                          <ul>
                            {dimension.tips.map((tip, i) => (
                              <li key={i}>{text(tip)}</li>
                            ))}
                          </ul>
                        </dd>
                      </>
                    )}
                    <dt>{t('facilitator.previewReflection')}</dt>
                    <dd>{text(dimension.reflection)}</dd>
                  </dl>
                </details>
              ))}
            </div>
          </details>
        );
      })}
      <details className="dimension">
        <summary>
          <span className="dimension-name">{t('facilitator.previewScales')}</span>
        </summary>
        <div className="dimension-body">
          {bank.scales.map((scale) => (
            <p key={scale.id}>
              <code>{scale.id}</code>:{' '}
              {[...scale.points.map((point) => `${String(point.value)} ${text(point.label)}`)]
                .concat(scale.notApplicable ? [text(scale.notApplicable.label)] : [])
                .join(' · ')}
            </p>
          ))}
        </div>
      </details>
      <details className="dimension">
        <summary>
          <span className="dimension-name">{t('facilitator.previewQuestions')}</span>
        </summary>
        <div className="dimension-body">
          <h4>{t('facilitator.previewContext')}</h4>
          <ul>
            {bank.context.map((question) => (
              <li key={question.id}>
                {text(question.text)}{' '}
                <span className="muted">
                  ({question.options.map((option) => text(option.label)).join(' · ')})
                </span>
              </li>
            ))}
          </ul>
          <h4>{text(bank.reflections.title)}</h4>
          <ul>
            {bank.reflections.prompts.map((prompt) => (
              <li key={prompt.id}>{text(prompt.prompt)}</li>
            ))}
          </ul>
        </div>
      </details>
    </div>
  );
}

/** The values of the "id, version, languages, statements, dimensions" line about a bank. */
export function bankFacts(bank: Bank) {
  return {
    id: bank.id,
    version: bank.version,
    languages: bank.languages.join(', '),
    items: bank.items.length,
    dimensions: bank.dimensions.length,
  };
}
