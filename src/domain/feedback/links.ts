/**
 * The links of a feedback round. Everything travels in the URL fragment, which browsers never send to a
 * server: an invitation opens the rater flow at `<app>rate#<invitation>`; a response comes back as
 * `<app>feedback#response=<token>`, which opens the participant's feedback page and imports it.
 */

/** The fragment key of a response in a response link. */
export const RESPONSE_KEY = 'response';

/** The rater's link for an invitation text; `appUrl` is the app's origin and base path (`https://x/nla/`). */
export function invitationUrl(appUrl: string, invitation: string): string {
  return `${appUrl}rate#${invitation}`;
}

/** The link a rater sends back: it opens the participant's feedback page with the response. */
export function responseUrl(appUrl: string, token: string): string {
  return `${appUrl}feedback#${RESPONSE_KEY}=${token}`;
}

/**
 * A token's characters: a version (`v1`), then base64url parts separated by dots; not inside a word (so
 * `dev1.example.org` in a link's host is no token). A truncated token is still found, and refused later.
 */
const TOKEN = /(?<![A-Za-z0-9_.-])v[0-9]{1,6}(?:\.[A-Za-z0-9_-]*)+/g;

/**
 * The response tokens in a pasted text: response links or bare tokens, any number, separated by
 * whitespace or anything else. Each token appears once, in the order first seen. Bounded: reads at most
 * `maxChars` characters and returns at most `maxTokens` tokens.
 */
export function tokensIn(text: string, maxChars = 2_000_000, maxTokens = 500): string[] {
  const found = new Set<string>();
  for (const match of text.slice(0, maxChars).matchAll(TOKEN)) {
    found.add(match[0].replace(/\.+$/, '')); // a sentence's full stop after a pasted link
    if (found.size >= maxTokens) break;
  }
  return [...found];
}

/** The invitation text of a rater link's fragment (`#…`, without the `#`); `null` when there is none. */
export function invitationOf(hash: string): string | null {
  const text = hash.replace(/^#/, '').trim();
  return text === '' ? null : text;
}

/** The response token of a response link's fragment (`#response=…`); `null` when there is none. */
export function responseOf(hash: string): string | null {
  const text = hash.replace(/^#/, '');
  const prefix = `${RESPONSE_KEY}=`;
  return text.startsWith(prefix) && text.length > prefix.length ? text.slice(prefix.length) : null;
}
