import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { Section } from '../../domain/bank/schema';
import { round, type Scores } from '../../domain/scoring';
import { useBankText, useNumberFormat } from '../../i18n/bank-text';
import { BarProfile, HIGHLIGHT_MARK, RadarProfile, type ChartDatum } from '../../ui/charts';

interface SectionProfileProps {
  readonly index: BankIndex;
  readonly section: Section;
  readonly scores: Scores;
}

/** One section's chart (radar or bars, as the bank says) with a table of the same figures under it. */
export function SectionProfile({ index, section, scores }: SectionProfileProps) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const format = useNumberFormat();
  const dimensions = scores.dimensions.filter((d) => d.section === section.id);
  if (dimensions.length === 0) return null;
  const hinted = new Set(scores.hints.dimensions);
  const { min, max } = dimensions[0] ?? { min: 1, max: 5 };
  const { bands, bandBasis } = index.bank.scoring;
  const chartBands =
    bandBasis === 'percent'
      ? []
      : bands.flatMap((band) => (band.min === undefined ? [] : [{ label: text(band.label), min: band.min }]));
  const data: ChartDatum[] = dimensions.map((score) => {
    const dimension = index.dimensions.get(score.id);
    return {
      label: text(dimension?.shortName ?? dimension?.name),
      value: score.mean === null ? null : round(score.mean, 1),
      highlighted: hinted.has(score.id),
    };
  });
  const titleId = `profile-${section.id}`;
  const anyHinted = dimensions.some((score) => hinted.has(score.id));
  const Chart = section.chart === 'radar' ? RadarProfile : BarProfile;
  const bandText = (id: string | null) => text(bands.find((band) => band.id === id)?.label);

  return (
    <figure className="profile" aria-labelledby={titleId}>
      <h3 id={titleId}>{text(section.title)}</h3>
      <div className="chart" aria-hidden="true">
        <Chart data={data} min={min} max={max} bands={chartBands} format={(value) => format(value)} />
      </div>
      <figcaption className="muted small">
        {t('results.chartLabel', { section: text(section.title) })}
        {chartBands.length > 0 &&
          ` ${t('results.bandsLegend', {
            list: chartBands
              .map((band) => t('results.bandZone', { band: band.label, min: format(band.min) }))
              .join('; '),
          })}`}
        {anyHinted && ` ${t('results.calledForLegend')}`}
      </figcaption>
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-label={t('results.tableCaption', { section: text(section.title) })}
      >
        <table>
          <caption>{t('results.tableCaption', { section: text(section.title) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.columnDimension')}</th>
              <th scope="col">{t('results.columnScoreRange', { min, max })}</th>
              <th scope="col">{t('results.columnPercent')}</th>
              <th scope="col">{t('results.columnBand')}</th>
              <th scope="col">{t('results.columnAnswered')}</th>
            </tr>
          </thead>
          <tbody>
            {dimensions.map((score) => (
              <tr key={score.id}>
                <th scope="row">
                  {hinted.has(score.id) && (
                    <>
                      <span aria-hidden="true">{HIGHLIGHT_MARK} </span>
                      <span className="visually-hidden">({t('results.calledFor')}) </span>
                    </>
                  )}
                  {text(index.dimensions.get(score.id)?.name)}
                </th>
                <td>{score.mean === null ? t('results.notEnough') : format(score.mean)}</td>
                <td>{score.percent === null ? '—' : `${format(score.percent, 0)} %`}</td>
                <td>{score.band === null ? '—' : bandText(score.band)}</td>
                <td>{t('results.answeredOf', { answered: score.answered, items: score.items })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
