/**
 * What the durable copy (`durable-sync.ts`) reports to the screens: whether the stored copy has been read
 * and merged in since the page loaded, and how many other tabs or windows of this app are open.
 */
import { create } from 'zustand';

export const useSyncStatus = create<{ readonly restored: boolean; readonly otherTabs: number }>()(() => ({
  restored: false,
  otherTabs: 0,
}));
