/**
 * Makes the participant's PDF report in the browser: the report model, the fonts its text needs, vector
 * charts, and a download. The entry point of the lazily loaded report chunk.
 */
import dejavuBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import dejavuUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import notoScUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { createChartSvg } from './chart-svg';
import type { FontFile } from './fonts';
import { buildReportModel, type ReportInput, type Translate } from './model';
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

/** Builds the report PDF; returns its bytes and file name. */
export async function makeReport(
  input: ReportInput,
  t: Translate,
): Promise<{ bytes: ArrayBuffer; fileName: string }> {
  const model = buildReportModel(input, t);
  const format = (value: number) =>
    new Intl.NumberFormat(input.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      value,
    );
  const bytes = await renderReportPdf(model, { loadFont, chartSvg: createChartSvg(format) });
  return { bytes, fileName: model.fileName };
}
