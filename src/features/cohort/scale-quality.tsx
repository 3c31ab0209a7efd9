import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import { ALPHA_THRESHOLD, ITEM_REST_THRESHOLD, type CohortAnalysis } from '../../domain/cohort/analysis';
import { useBankText, useNumberFormat, usePercentFormat } from '../../i18n/bank-text';
import { TableRegion } from '../../ui/table-region';

/** Complete cases below which the figures are only indicative, and the number a pilot should aim for. */
const FEW_CASES = 30;
const ENOUGH_CASES = 100;

/** Scale quality for the bank's next version: alpha per dimension and the statistics of every item. */
export function ScaleQualityView({
  index,
  analysis,
}: {
  readonly index: BankIndex;
  readonly analysis: CohortAnalysis;
}) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const format = useNumberFormat();
  const percent = usePercentFormat();
  const r = (value: number | null) => (value === null ? '—' : format(value, 2));
  return (
    <section aria-labelledby="quality-title" className="results-section">
      <h2 id="quality-title">{t('cohort.qualityTitle')}</h2>
      <p className="prose">{t('cohort.qualityIntro1')}</p>
      <p className="prose">
        {t('cohort.qualityIntro2', {
          alpha: format(ALPHA_THRESHOLD, 2),
          itemRest: format(ITEM_REST_THRESHOLD, 2),
        })}
      </p>
      <p className="prose">{t('cohort.qualityIntro3', { few: FEW_CASES, enough: ENOUGH_CASES })}</p>
      {analysis.quality.map((quality) => {
        const low = quality.alpha !== null && quality.alpha < ALPHA_THRESHOLD;
        const name = text(index.dimensions.get(quality.dimension)?.name);
        return (
          <div key={quality.dimension} className="quality">
            <h3>{name}</h3>
            <p>
              {t('cohort.alphaLine', {
                alpha: r(quality.alpha),
                cases: quality.completeCases,
                items: quality.items.length,
              })}
              {low && (
                <strong className="flag">
                  {' '}
                  {t('cohort.belowAlpha', { threshold: format(ALPHA_THRESHOLD, 2) })}
                </strong>
              )}
              {quality.completeCases < FEW_CASES && <span className="muted"> {t('cohort.fewCases')}</span>}
            </p>
            <TableRegion caption={t('cohort.itemsCaption', { dimension: name })} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('facilitator.columnItem')}</th>
                  <th scope="col">n</th>
                  <th scope="col">{t('cohort.columnMean')}</th>
                  <th scope="col">{t('cohort.columnSd')}</th>
                  <th scope="col">{t('cohort.columnNa')}</th>
                  <th scope="col">{t('cohort.columnItemRest')}</th>
                </tr>
              </thead>
              <tbody>
                {quality.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">
                      <span className="item-id">{item.id}</span>
                      {item.reverse && <span className="tag">{t('facilitator.reverse')}</span>}
                      <br />
                      <span className="muted small">{text(index.items.get(item.id)?.text)}</span>
                    </th>
                    <td>{item.n}</td>
                    <td>{item.mean === null ? '—' : format(item.mean, 2)}</td>
                    <td>{r(item.sd)}</td>
                    <td>{percent(item.notApplicableShare * 100)}</td>
                    <td>
                      {r(item.itemRest)}
                      {item.itemRest !== null && item.itemRest < ITEM_REST_THRESHOLD && (
                        <strong className="flag">
                          {' '}
                          {t('cohort.belowItemRest', { threshold: format(ITEM_REST_THRESHOLD, 2) })}
                        </strong>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </div>
        );
      })}
    </section>
  );
}
