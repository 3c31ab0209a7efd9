import i18next from 'i18next';
import { allResources as resources } from '../../src/i18n/all-resources';
import type { Problem } from '../../src/domain/problems';
import { problemText } from '../../src/i18n/problems';
import type { Translate } from '../../src/report/model';

/** A translate function for `language` on the app's real interface strings (no DOM needed). */
export async function translator(language: 'nl' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: 'nl', interpolation: { escapeValue: false } });
  return instance.getFixedT(language) as unknown as Translate;
}

/** Problems with their sentence in `language` (default English), as the CLI prints them. */
export function worded(
  problems: readonly Problem[],
  language: 'nl' | 'en' = 'en',
): { path: string; message: string }[] {
  const instance = i18next.createInstance();
  void instance.init({ resources, lng: language, interpolation: { escapeValue: false }, initAsync: false });
  return problems.map((problem) => ({ path: problem.path, message: problemText(instance.t, problem) }));
}
