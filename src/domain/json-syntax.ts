/**
 * Finds where JSON text first goes wrong, so a person editing a file by hand is told the line and column.
 * (Engines' JSON.parse messages do not always carry a position.)
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings; this is the check.
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset (0-based, in UTF-16 code units) of the first syntax error in `text`, or `null` when the text is
 * valid JSON. Iterative, so any nesting depth is safe.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i] ?? '')) i += 1;
  };
  // Each stack entry is the container we are in and what it expects next.
  type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end';
  const stack: { kind: '{' | '['; state: State }[] = [];
  let expectValue = true; // at top level, before the one value
  for (;;) {
    skip();
    const top = stack[stack.length - 1];
    const ch = text[i];
    if (expectValue || top?.state === 'value' || top?.state === 'value-or-end') {
      if (top?.state === 'value-or-end' && ch === ']') {
        stack.pop();
        i += 1;
        afterValue();
        if (done()) return rest();
        continue;
      }
      if (ch === '{') {
        if (top) top.state = 'comma-or-end';
        stack.push({ kind: '{', state: 'key-or-end' });
        expectValue = false;
        i += 1;
        continue;
      }
      if (ch === '[') {
        if (top) top.state = 'comma-or-end';
        stack.push({ kind: '[', state: 'value-or-end' });
        expectValue = false;
        i += 1;
        continue;
      }
      if (!scalar()) return i;
      expectValue = false;
      if (top) top.state = 'comma-or-end';
      if (done()) return rest();
      continue;
    }
    if (!top) return i;
    if (top.state === 'key' || top.state === 'key-or-end') {
      if (top.state === 'key-or-end' && ch === '}') {
        stack.pop();
        i += 1;
        afterValue();
        if (done()) return rest();
        continue;
      }
      if (ch !== '"') return i;
      i += 1;
      STRING_BODY.lastIndex = i;
      if (!STRING_BODY.test(text)) return stringError(i);
      i = STRING_BODY.lastIndex;
      top.state = 'colon';
      continue;
    }
    if (top.state === 'colon') {
      if (ch !== ':') return i;
      i += 1;
      top.state = 'value';
      continue;
    }
    // comma-or-end
    if (ch === ',') {
      i += 1;
      top.state = top.kind === '{' ? 'key' : 'value';
      continue;
    }
    if ((top.kind === '{' && ch === '}') || (top.kind === '[' && ch === ']')) {
      stack.pop();
      i += 1;
      afterValue();
      if (done()) return rest();
      continue;
    }
    return i;
  }

  function afterValue(): void {
    const parent = stack[stack.length - 1];
    if (parent) parent.state = 'comma-or-end';
  }
  function done(): boolean {
    return stack.length === 0;
  }
  function rest(): number | null {
    skip();
    return i < text.length ? i : null;
  }
  function stringError(start: number): number {
    for (let j = start; j < text.length; j += 1) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j;
      if (c < 0x20) return j;
      if (c === 0x5c) j += 1;
    }
    return text.length;
  }
  function scalar(): boolean {
    const ch = text[i];
    if (ch === '"') {
      STRING_BODY.lastIndex = i + 1;
      if (!STRING_BODY.test(text)) {
        i = stringError(i + 1);
        return false;
      }
      i = STRING_BODY.lastIndex;
      return true;
    }
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    NUMBER.lastIndex = i;
    if (ch !== undefined && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  }
}
