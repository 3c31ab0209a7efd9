// Component tests run in jsdom. Fill in the browser APIs jsdom lacks, so the app runs as it does in Chromium.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { initI18n, loadViewStrings } from '../../src/i18n';

// No ResizeObserver on purpose: charts then keep their initial width (640 px) and draw.
// jsdom implements neither scrolling nor object URLs; the app only needs them not to throw.
Object.assign(window, { scrollTo: () => undefined });
Object.assign(Element.prototype, { scrollIntoView: () => undefined });
Object.assign(URL, { createObjectURL: () => 'blob:stub', revokeObjectURL: () => undefined });

beforeAll(async () => {
  await initI18n('nl');
  await loadViewStrings();
});

afterEach(() => {
  cleanup();
});
