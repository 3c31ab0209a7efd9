/** Every interface string of every language in one object (for Node tools and tests, which load all at once). */
import enCore from './locales/en/core.json';
import enViews from './locales/en/views.json';
import nlCore from './locales/nl/core.json';
import nlViews from './locales/nl/views.json';

export const allResources = {
  nl: { translation: { ...nlCore, ...nlViews } },
  en: { translation: { ...enCore, ...enViews } },
} as const;
