import { useTranslation } from 'react-i18next';
import type { BankIndex } from '../../domain/bank/model';
import { MIN_GROUP_FOR_PROFILE, type CohortAnalysis } from '../../domain/cohort/analysis';
import { useBankText, useNumberFormat, usePercentFormat } from '../../i18n/bank-text';
import { BoxPlot, RadarProfile } from '../../ui/charts';
import { TableRegion } from '../../ui/table-region';

/** The group profile: per section the group mean (a radar for the roles), the spread and the counts. */
export function GroupProfile({
  index,
  analysis,
}: {
  readonly index: BankIndex;
  readonly analysis: CohortAnalysis;
}) {
  const { t } = useTranslation();
  const text = useBankText(index.bank);
  const format = useNumberFormat();
  const number = (value: number | null, digits = 1) => (value === null ? '—' : format(value, digits));
  const percent = usePercentFormat();
  const share = (count: number) => (analysis.n === 0 ? '—' : percent((count / analysis.n) * 100));
  return (
    <section aria-labelledby="profile-title" className="results-section">
      <h2 id="profile-title">{t('cohort.profileTitle')}</h2>
      <p>{t('cohort.profileIntro', { count: analysis.n })}</p>
      {analysis.n < MIN_GROUP_FOR_PROFILE && (
        <p className="card card-attention" role="note">
          {t('cohort.smallGroup', { n: analysis.n, min: MIN_GROUP_FOR_PROFILE })}
        </p>
      )}
      {index.bank.sections.map((section) => {
        const stats = analysis.dimensions.filter((d) => d.section === section.id);
        const firstItem = index.itemsBeneath.get(stats[0]?.id ?? '')?.[0];
        const scale = firstItem ? index.itemScale.get(firstItem.id) : undefined;
        if (!scale || stats.length === 0) return null;
        const relative = stats.some((d) => d.strengths !== null);
        const min = scale.points[0]?.value ?? 1;
        const max = scale.points[scale.points.length - 1]?.value ?? 5;
        const label = (id: string) =>
          text(index.dimensions.get(id)?.shortName ?? index.dimensions.get(id)?.name);
        return (
          <figure key={section.id} className="profile" aria-labelledby={`group-${section.id}`}>
            <h3 id={`group-${section.id}`}>{text(section.title)}</h3>
            <div className="chart" aria-hidden="true">
              {section.chart === 'radar' && (
                <RadarProfile
                  data={stats.map((d) => ({
                    label: label(d.id),
                    value: d.mean === null ? null : Math.round(d.mean * 10) / 10,
                  }))}
                  min={min}
                  max={max}
                  bands={[]}
                  format={(value) => format(value)}
                />
              )}
              <BoxPlot
                rows={stats.map((d) => ({ label: label(d.id), five: d.five, mean: d.mean }))}
                min={min}
                max={max}
                format={(value) => format(value)}
              />
            </div>
            <figcaption className="muted small">{t('cohort.boxCaption')}</figcaption>
            <TableRegion caption={t('cohort.tableCaption', { section: text(section.title) })}>
              <thead>
                <tr>
                  <th scope="col">{t('results.columnDimension')}</th>
                  <th scope="col">n</th>
                  <th scope="col">{t('cohort.columnMean')}</th>
                  <th scope="col">{t('cohort.columnSd')}</th>
                  <th scope="col">{t('cohort.columnRange')}</th>
                  {relative && <th scope="col">{t('cohort.columnStrength')}</th>}
                  {relative && <th scope="col">{t('cohort.columnDevelopment')}</th>}
                </tr>
              </thead>
              <tbody>
                {stats.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{text(index.dimensions.get(d.id)?.name)}</th>
                    <td>{d.n}</td>
                    <td>{number(d.mean)}</td>
                    <td>{number(d.sd, 2)}</td>
                    <td className="nowrap">
                      {d.five
                        ? `${number(d.five.min)} · ${number(d.five.median)} · ${number(d.five.max)}`
                        : '—'}
                    </td>
                    {relative && <td>{d.strengths}</td>}
                    {relative && <td>{d.development}</td>}
                  </tr>
                ))}
              </tbody>
            </TableRegion>
          </figure>
        );
      })}
      {analysis.context.length > 0 && <h3>{t('cohort.contextTitle')}</h3>}
      {analysis.context.map((distribution) => {
        const question = index.bank.context.find((q) => q.id === distribution.question);
        if (!question) return null;
        return (
          <TableRegion key={question.id} caption={text(question.text)}>
            <thead>
              <tr>
                <th scope="col">{t('cohort.columnAnswer')}</th>
                <th scope="col">{t('cohort.columnCount')}</th>
                <th scope="col">{t('cohort.columnShare')}</th>
              </tr>
            </thead>
            <tbody>
              {distribution.counts.map((c) => (
                <tr key={c.option}>
                  <th scope="row">{text(question.options.find((o) => o.id === c.option)?.label)}</th>
                  <td>{c.count}</td>
                  <td>{share(c.count)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('cohort.noAnswer')}</th>
                <td>{distribution.none}</td>
                <td>{share(distribution.none)}</td>
              </tr>
            </tbody>
          </TableRegion>
        );
      })}
    </section>
  );
}
