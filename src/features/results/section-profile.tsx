import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import type { Section } from '../../domain/bank/schema';
import type { Scores } from '../../domain/scoring';
import { bandLabel, bandsLegend, chartBands, chartPoints } from '../../report/describe';
import { BarProfile, HIGHLIGHT_MARK, RadarProfile } from '../../ui/charts';
import { useDescribe } from './use-describe';
import { TableRegion } from '../../ui/table-region';
import { usePercentFormat } from '../../i18n/bank-text';

interface SectionProfileProps {
  readonly index: BankIndex;
  readonly section: Section;
  readonly scores: Scores;
}

/** One section's chart (radar or bars, as the bank says) with a table of the same figures under it. */
export function SectionProfile({ index, section, scores }: SectionProfileProps) {
  const { t } = useTranslation();
  const describe = useDescribe(index);
  const { text, number: format } = describe;
  const percent = usePercentFormat();
  const dimensions = scores.dimensions.filter((d) => d.section === section.id);
  if (dimensions.length === 0) return null;
  const hinted = new Set(scores.hints.dimensions);
  const { min, max } = dimensions[0] ?? { min: 1, max: 5 };
  const bands = chartBands(describe);
  const data = chartPoints(describe, scores, section.id);
  const titleId = `profile-${section.id}`;
  const anyHinted = dimensions.some((score) => hinted.has(score.id));
  const Chart = section.chart === 'radar' ? RadarProfile : BarProfile;

  return (
    <figure className="profile" aria-labelledby={titleId}>
      <h3 id={titleId}>{text(section.title)}</h3>
      <div className="chart" aria-hidden="true">
        <Chart data={data} min={min} max={max} bands={bands} format={(value) => format(value)} />
      </div>
      <figcaption className="muted small">
        {t('results.chartLabel', { section: text(section.title) })}
        {bands.length > 0 && ` ${bandsLegend(describe)}`}
        {anyHinted && ` ${t('results.calledForLegend')}`}
      </figcaption>
      <TableRegion caption={t('results.tableCaption', { section: text(section.title) })}>
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
              <td>{score.percent === null ? '—' : percent(score.percent)}</td>
              <td>{score.band === null ? '—' : bandLabel(describe, score.band)}</td>
              <td>{t('results.answeredOf', { answered: score.answered, items: score.items })}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </figure>
  );
}
