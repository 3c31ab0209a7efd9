import 'i18next';
import type core from './locales/nl/core.json';
import type views from './locales/nl/views.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof core & typeof views };
  }
}
