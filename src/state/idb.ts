/**
 * A small promise wrapper around IndexedDB: one database, one key-value store, every write in a transaction
 * with strict durability (the browser reports it committed only once it is on disk, so it survives a crash
 * of the whole browser). Never throws: when IndexedDB is missing or blocked, reads give `undefined` and
 * writes report failure, and the caller falls back on its localStorage mirror.
 */

const DATABASE = 'nla';
const STORE = 'kv';

let opening: Promise<IDBDatabase | null> | null = null;

/** The database, opened once; `null` when this browser has no usable IndexedDB. */
export function openDatabase(): Promise<IDBDatabase | null> {
  opening ??= new Promise<IDBDatabase | null>((resolve) => {
    try {
      if (typeof indexedDB === 'undefined') {
        resolve(null);
        return;
      }
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the database later: let it, and reopen on next use.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

/** Forgets the open database (tests that delete it between cases). */
export function closeDatabase(): void {
  void opening?.then((db) => db?.close());
  opening = null;
}

/** What {@link update} leaves a value as: a new value to write, or {@link KEEP} to write nothing. */
export const KEEP: unique symbol = Symbol('keep');

/** The outcome of a write: committed to disk, nothing to write, or failed (full, blocked, no IndexedDB). */
export type WriteOutcome = 'written' | 'unchanged' | 'failed';

function transaction(db: IDBDatabase, mode: IDBTransactionMode): IDBTransaction {
  return mode === 'readwrite'
    ? db.transaction(STORE, mode, { durability: 'strict' })
    : db.transaction(STORE, mode);
}

function run(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore, done: (outcome: WriteOutcome) => void) => void,
): Promise<WriteOutcome> {
  return openDatabase().then(
    (db) =>
      new Promise<WriteOutcome>((resolve) => {
        if (!db) {
          resolve('failed');
          return;
        }
        let outcome: WriteOutcome = 'written';
        try {
          const tx = transaction(db, mode);
          tx.oncomplete = () => resolve(outcome);
          tx.onerror = () => resolve('failed');
          tx.onabort = () => resolve('failed');
          body(tx.objectStore(STORE), (chosen) => (outcome = chosen));
        } catch {
          resolve('failed');
        }
      }),
  );
}

/** The value stored under `key`, or `undefined` (also when IndexedDB cannot be used). */
export function readValue(key: string): Promise<unknown> {
  return openDatabase().then(
    (db) =>
      new Promise<unknown>((resolve) => {
        if (!db) {
          resolve(undefined);
          return;
        }
        try {
          const request = transaction(db, 'readonly').objectStore(STORE).get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve(undefined);
        } catch {
          resolve(undefined);
        }
      }),
  );
}

/** Every value whose key starts with `prefix`, with its key (an empty list when IndexedDB cannot be used). */
export function readPrefix(prefix: string): Promise<[string, unknown][]> {
  return openDatabase().then(
    (db) =>
      new Promise<[string, unknown][]>((resolve) => {
        if (!db) {
          resolve([]);
          return;
        }
        try {
          const store = transaction(db, 'readonly').objectStore(STORE);
          const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
          const keys = store.getAllKeys(range);
          const values = store.getAll(range);
          values.onsuccess = () =>
            resolve((keys.result as string[]).map((key, i) => [key, values.result[i] as unknown]));
          values.onerror = () => resolve([]);
        } catch {
          resolve([]);
        }
      }),
  );
}

/**
 * Reads `key` and writes what `decide` makes of it, in one transaction: another tab's write cannot fall in
 * between. `decide` returns {@link KEEP} to leave the value as it is.
 */
export function update(key: string, decide: (stored: unknown) => unknown): Promise<WriteOutcome> {
  return run('readwrite', (store, done) => {
    const request = store.get(key);
    request.onsuccess = () => {
      const next = decide(request.result);
      if (next === KEEP) done('unchanged');
      else store.put(next, key);
    };
  });
}

/** Writes `entries` (key, value) and deletes `remove`, in one transaction. */
export function writeValues(
  entries: readonly (readonly [string, unknown])[],
  remove: readonly string[] = [],
): Promise<WriteOutcome> {
  return run('readwrite', (store) => {
    for (const [key, value] of entries) store.put(value, key);
    for (const key of remove) store.delete(key);
  });
}

/** Deletes every key that starts with `prefix` (everything, for `''`). */
export function deletePrefix(prefix: string): Promise<WriteOutcome> {
  return run('readwrite', (store) => {
    if (prefix === '') store.clear();
    else store.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  });
}
