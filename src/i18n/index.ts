/**
 * Interface strings through i18next. Dutch is the default; the chosen language is remembered in
 * localStorage and sets `<html lang>`. The strings of the first screen (intro and questionnaire) are
 * bundled; those of the other views (results, report, facilitator, coach) load with those views.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCore from './locales/en/core.json';
import nlCore from './locales/nl/core.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';
const STORAGE_KEY = 'nla:language';

/** The first screen's strings, per language. */
export const coreResources = { nl: { translation: nlCore }, en: { translation: enCore } } as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

let viewStrings: Promise<void> | null = null;

/**
 * Loads the strings of the results, report, facilitator and coach views (both languages) into i18next.
 * Call before showing one of those views; loads once.
 */
export function loadViewStrings(): Promise<void> {
  viewStrings ??= Promise.all([import('./locales/nl/views.json'), import('./locales/en/views.json')]).then(
    ([nl, en]) => {
      i18next.addResourceBundle('nl', 'translation', nl.default, true, false);
      i18next.addResourceBundle('en', 'translation', en.default, true, false);
    },
  );
  return viewStrings;
}

/** Starts i18next in the remembered language (or Dutch). Safe to call more than once. */
export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized)
    await i18next.use(initReactI18next).init({
      resources: coreResources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  else await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the interface language, remembers it and updates `<html lang>`. */
export async function setLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, quota); the choice then lasts for this visit.
  }
}
