/**
 * The charts, shared by the results page, the coach's comparison, the cohort view and the PDF report.
 * Imported only by lazy chunks.
 */
export { ACCENT, HIGHLIGHT_MARK, type ChartBand, type ChartDatum } from './frame';
export { BarProfile, RadarProfile } from './profiles';
export { CompareBars, type ComparePoint } from './compare-bars';
export { BoxPlot, type BoxRow } from './box-plot';
