/**
 * Makes PDF reports in the browser from view models (a participant's results, with a comparison when a coach
 * compares two results; a cohort's group profile): the layout, the fonts its text needs, vector charts. The
 * entry point of the lazily loaded report chunk.
 */
import dejavuBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import dejavuUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import notoScUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import type { GroupProfileView } from '../views/cohort';
import type { ComparisonView } from '../views/comparison';
import type { ResultsView } from '../views/results';
import type { ReportModel } from './blocks';
import { layoutGroupProfile } from './cohort-layout';
import type { FontFile } from './fonts';
import { renderReportPdf } from './pdf';
import { layoutResults } from './results-layout';

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

async function render(model: ReportModel): Promise<{ bytes: ArrayBuffer; fileName: string }> {
  return { bytes: await renderReportPdf(model, { loadFont }), fileName: model.texts.fileName };
}

/** Builds a participant's report PDF (with the comparison, when given); returns its bytes and file name. */
export function makeReport(
  view: ResultsView,
  comparison?: ComparisonView,
): Promise<{ bytes: ArrayBuffer; fileName: string }> {
  return render(layoutResults(view, comparison));
}

/** Builds a cohort's group-profile PDF (group figures only); returns its bytes and file name. */
export function makeCohortReport(
  view: GroupProfileView,
  language: string,
): Promise<{ bytes: ArrayBuffer; fileName: string }> {
  return render(layoutGroupProfile(view, language));
}
