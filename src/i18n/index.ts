/**
 * Interface strings through i18next. Dutch is the default; the chosen language is remembered in
 * localStorage and sets `<html lang>`. The Dutch strings of the first screen (intro and questionnaire) are
 * bundled; the English ones load when English is chosen (or remembered), and those of the other views
 * (results, report, facilitator, coach) load with those views, in the current language only.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlCore from './locales/nl/core.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';
const STORAGE_KEY = 'nla:language';

/** The first screen's strings in the default language (bundled). */
export const coreResources = { nl: { translation: nlCore } } as const;

const CORE_STRINGS = {
  nl: () => Promise.resolve({ default: nlCore }),
  en: () => import('./locales/en/core.json'),
} as const;
const coreStrings = new Map<Language, Promise<void>>();

/** Loads the first screen's strings of `language` into i18next (once; the default language is bundled). */
export function loadCoreStringsOf(language: Language): Promise<void> {
  let loading = coreStrings.get(language);
  if (!loading) {
    loading =
      language === DEFAULT_LANGUAGE
        ? Promise.resolve()
        : CORE_STRINGS[language]().then((strings) => {
            i18next.addResourceBundle(language, 'translation', strings.default, true, false);
          });
    coreStrings.set(language, loading);
  }
  return loading;
}

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

const VIEW_STRINGS = {
  nl: () => import('./locales/nl/views.json'),
  en: () => import('./locales/en/views.json'),
} as const;
const viewStrings = new Map<Language, Promise<void>>();

function loadViewStringsOf(language: Language): Promise<void> {
  let loading = viewStrings.get(language);
  if (!loading) {
    loading = VIEW_STRINGS[language]().then((strings) => {
      i18next.addResourceBundle(language, 'translation', strings.default, true, false);
    });
    viewStrings.set(language, loading);
  }
  return loading;
}

/**
 * Loads the strings of the results, report, facilitator and coach views into i18next, in the current
 * language only (switching language loads the other first). Call before showing one of those views; loads
 * once per language. `language` loads another one as well (tests that switch at once).
 */
export function loadViewStrings(language?: Language): Promise<void> {
  // Before i18next has started (the results page fetched in parallel with it), the remembered language.
  const current = i18next.isInitialized && isLanguage(i18next.language) ? i18next.language : storedLanguage();
  const wanted = language ?? current;
  return loadViewStringsOf(wanted);
}

/** Starts i18next in the remembered language (or Dutch). Safe to call more than once. */
export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    // The English strings' chunk is fetched while i18next starts, and added before the first render.
    const english = language === DEFAULT_LANGUAGE ? null : CORE_STRINGS[language]();
    await i18next.use(initReactI18next).init({
      resources: coreResources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      interpolation: { escapeValue: false },
      returnNull: false,
      partialBundledLanguages: true,
    });
    if (english) {
      const strings = await english;
      i18next.addResourceBundle(language, 'translation', strings.default, true, false);
      coreStrings.set(language, Promise.resolve());
    }
  } else {
    await loadCoreStringsOf(language);
    await i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the interface language, remembers it and updates `<html lang>`. */
export async function setLanguage(language: Language): Promise<void> {
  // The first screen's strings, and a view's strings already shown in one language, are loaded in the
  // other before switching.
  await loadCoreStringsOf(language);
  if (viewStrings.size > 0) await loadViewStringsOf(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode, quota); the choice then lasts for this visit.
  }
}
