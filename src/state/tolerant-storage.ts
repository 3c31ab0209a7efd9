/**
 * A localStorage adapter for zustand's `persist` that never loses data and never crashes the app:
 * unreadable or newer saved data is kept aside under another key (and reported), and a full storage is
 * reported while the app keeps working in memory.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { useStorageNotices } from './notices';

/** The key a copy of unusable saved data is kept under, so nothing is silently deleted. */
export function keptKey(name: string, now: Date = new Date()): string {
  return `${name}:kept:${now.toISOString()}`;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Copies `raw` to a kept-aside key; returns the key, or `null` when even that could not be written. */
export function keepAside(name: string, raw: string): string | null {
  const key = keptKey(name);
  try {
    safeStorage()?.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/**
 * Creates the storage. `currentVersion` is the saved-format version this app writes; anything newer is
 * kept aside rather than misread. `lastRaw()` gives the raw text last read, for keeping it aside when
 * restoring had to drop parts of it. `setItem` returns whether the write succeeded; with `quiet`, a failed
 * write is left to the caller to report (a mirror of data kept elsewhere).
 */
export function createTolerantStorage<S>(
  currentVersion: number,
  { quiet = false }: { readonly quiet?: boolean } = {},
): Omit<PersistStorage<S>, 'setItem'> & {
  lastRaw: () => string | null;
  setItem: (name: string, value: StorageValue<S>) => boolean;
} {
  let lastRaw: string | null = null;
  const notices = useStorageNotices.getState;
  return {
    lastRaw: () => lastRaw,
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = safeStorage()?.getItem(name) ?? null;
      } catch {
        return null;
      }
      lastRaw = raw;
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      const value = parsed as Partial<StorageValue<S>> | null | undefined;
      if (
        value === null ||
        typeof value !== 'object' ||
        typeof value.version !== 'number' ||
        !Number.isInteger(value.version) ||
        value.version < 1 ||
        !('state' in value)
      ) {
        notices().add({ kind: 'unreadable', keptAs: keepAside(name, raw) });
        safeRemove(name);
        return null;
      }
      if (value.version > currentVersion) {
        notices().add({ kind: 'newer', keptAs: keepAside(name, raw) });
        safeRemove(name);
        return null;
      }
      return value as StorageValue<S>;
    },
    setItem: (name, value) => {
      try {
        const storage = safeStorage();
        if (!storage) throw new Error('no localStorage');
        storage.setItem(name, JSON.stringify(value));
        if (!quiet) notices().clear('full');
        return true;
      } catch {
        // Quota exceeded, or storage blocked: keep working in memory and tell the participant.
        if (!quiet) notices().add({ kind: 'full' });
        return false;
      }
    },
    removeItem: (name) => safeRemove(name),
  };
}

function safeRemove(name: string): void {
  try {
    safeStorage()?.removeItem(name);
  } catch {
    // Nothing more to do: the data stays where it is.
  }
}

/** Removes every key this app stored under `prefix` (the "delete my data" button). */
export function removeAllWithPrefix(prefix: string): void {
  const storage = safeStorage();
  if (!storage) return;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) safeRemove(key);
}
