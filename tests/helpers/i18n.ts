import i18next from 'i18next';
import { allResources as resources } from '../../src/i18n/all-resources';
import type { Problem } from '../../src/domain/problems';
import type { Translate } from '../../src/views/describe';
import { problemText } from '../../src/views/refusals';

/** A translate function for `language` on the app's real interface strings (no DOM needed). */
export function translatorSync(language: 'nl' | 'en'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.getFixedT(language);
}

/** A translate function for `language` on the app's real interface strings (no DOM needed). */
export function translator(language: 'nl' | 'en'): Promise<Translate> {
  return Promise.resolve(translatorSync(language));
}

/** Problems with their sentence in `language` (default English), as the CLI prints them. */
export function worded(
  problems: readonly Problem[],
  language: 'nl' | 'en' = 'en',
): { path: string; message: string }[] {
  const t = translatorSync(language);
  return problems.map((problem) => ({ path: problem.path, message: problemText(t, problem) }));
}
