/**
 * The few platform APIs src/domain uses, which browsers, web workers and Node 20 all have. src/domain is
 * type-checked with only these (tsconfig.domain.json, no DOM library), so a `document`, `window` or
 * `localStorage` in the pure domain fails the type check.
 */

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare class URLSearchParams {
  constructor(init?: string);
  get(name: string): string | null;
}

declare var crypto: {
  readonly subtle: {
    digest(algorithm: string, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  };
};
