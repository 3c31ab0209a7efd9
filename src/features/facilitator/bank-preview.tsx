import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { Bank } from '../../domain/bank/schema';
import { pickText, plainText } from '../../domain/bank/texts';
import { TableRegion } from '../../ui/table-region';

/** A bank as a facilitator checks it: sections, dimensions, and every item in every language. */
export function BankPreview({ index }: { readonly index: BankIndex }) {
  const { t, i18n } = useTranslation();
  const { bank } = index;
  const text = (value: Parameters<typeof pickText>[0] | undefined) =>
    value === undefined ? '' : pickText(value, i18n.language, bank.languages);
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
            </div>
          </details>
        );
      })}
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
