/**
 * A rater's progress in localStorage, one entry per invitation (round and group), until they finish.
 * Tolerant of a storage that is missing, blocked or full, and of a saved value that is not readable.
 */
import type { BankIndex } from '../../domain/bank/model';
import { readRaterProgress, savedProgress, type RaterProgress } from '../../domain/feedback/rater';

/** The localStorage key of a rater's progress for one invitation (under `nla:`, so "delete my data" clears it too). */
export function progressKey(roundId: string, groupId: string): string {
  return `nla:rater:v1:${roundId}:${groupId}`;
}

/** What was found: nothing, usable progress, or a value that could not be read (then start empty). */
export type LoadedProgress =
  | { readonly status: 'none' }
  | { readonly status: 'restored'; readonly progress: RaterProgress }
  | { readonly status: 'unreadable' };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads the progress saved under `key` for the bank. Never throws. */
export function loadProgress(key: string, index: BankIndex): LoadedProgress {
  let raw: string | null;
  try {
    raw = storage()?.getItem(key) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (raw === null) return { status: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'unreadable' };
  }
  const progress = readRaterProgress(value, index);
  return progress === null ? { status: 'unreadable' } : { status: 'restored', progress };
}

/** Saves the progress under `key`; `false` when the storage is missing, blocked or full. */
export function saveProgress(key: string, progress: RaterProgress): boolean {
  try {
    const target = storage();
    if (target === null) return false;
    target.setItem(key, JSON.stringify(savedProgress(progress)));
    return true;
  } catch {
    return false;
  }
}

/** Deletes the progress under `key`; `false` when it could not be (it is then still there). */
export function deleteProgress(key: string): boolean {
  try {
    const target = storage();
    target?.removeItem(key);
    return (target?.getItem(key) ?? null) === null;
  } catch {
    return false;
  }
}
