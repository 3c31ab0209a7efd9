/**
 * Makes PDF reports in the browser (a participant's report, a cohort's group profile): the report model,
 * the fonts its text needs, vector charts. The entry point of the lazily loaded report chunk.
 */
import { formatNumber } from '../i18n/numbers';
import dejavuBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import dejavuUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import notoScUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { createChartSvg } from './chart-svg';
import type { FontFile } from './fonts';
import { buildCohortReportModel, type CohortReportInput } from './cohort-model';
import { buildReportModel, type ReportInput, type ReportModel, type Translate } from './model';
import { renderReportPdf } from './pdf';

const FONT_URLS: Readonly<Record<FontFile, string>> = {
  'DejaVuSans.ttf': dejavuUrl,
  'DejaVuSans-Bold.ttf': dejavuBoldUrl,
  'NotoSansSC-Regular.ttf': notoScUrl,
};

async function loadFont(file: FontFile): Promise<ArrayBuffer> {
  const response = await fetch(FONT_URLS[file]);
  if (!response.ok) throw new Error(`font ${file}: HTTP ${String(response.status)}`);
  return response.arrayBuffer();
}

/** Renders a report model to PDF bytes, with numbers in the chart written in `language`. */
async function render(
  model: ReportModel,
  language: string,
): Promise<{ bytes: ArrayBuffer; fileName: string }> {
  const format = (value: number) => formatNumber(language, value);
  const bytes = await renderReportPdf(model, { loadFont, chartSvg: createChartSvg(format) });
  return { bytes, fileName: model.fileName };
}

/** Builds a participant's report PDF; returns its bytes and file name. */
export function makeReport(
  input: ReportInput,
  t: Translate,
): Promise<{ bytes: ArrayBuffer; fileName: string }> {
  return render(buildReportModel(input, t), input.language);
}

/** Builds a cohort's group-profile PDF (group figures only); returns its bytes and file name. */
export function makeCohortReport(
  input: CohortReportInput,
  t: Translate,
): Promise<{ bytes: ArrayBuffer; fileName: string }> {
  return render(buildCohortReportModel(input, t), input.language);
}
