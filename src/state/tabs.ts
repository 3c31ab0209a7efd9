/** How many other tabs or windows of this app are open on this device (kept by `durable-sync.ts`). */
import { create } from 'zustand';

export const useOtherTabs = create<{ readonly count: number }>()(() => ({ count: 0 }));
