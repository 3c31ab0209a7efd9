import i18next from 'i18next';
import { allResources as resources } from '../../src/i18n/all-resources';
import type { Translate } from '../../src/report/model';

/** A translate function for `language` on the app's real interface strings (no DOM needed). */
export async function translator(language: 'nl' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, fallbackLng: 'nl', interpolation: { escapeValue: false } });
  return instance.getFixedT(language) as unknown as Translate;
}
