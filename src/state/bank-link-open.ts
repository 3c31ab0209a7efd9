/**
 * Opens a bank link: reads the bank from the fragment, checks it like any bank file (in the worker), keeps
 * it among this browser's banks and pins it (`?bank=id@version`, the fragment dropped), so the intro starts
 * that bank. A damaged, truncated or invalid link is refused with its reason; nothing falls back to another
 * bank. Loaded only when the page is opened with a bank link.
 */
import { isBundled, loadBundledBank, refKey } from '../banks/catalogue';
import { bankHash } from '../domain/bank/hash';
import { pickText } from '../domain/bank/texts';
import { bankLinkPayload, decodeBankLink } from '../domain/bank-link';
import type { Problem } from '../domain/problems';
import { validateBankFile } from './bank-file';
import { useBankLink, type BankLinkRefusal } from './bank-link-status';
import { useCustomBanks } from './custom-banks';
import { pathOf, useRoute } from './route';

function refuse(
  reason: BankLinkRefusal,
  problems: readonly Problem[] = [],
  source: 'link' | 'file' = 'link',
): void {
  useBankLink.setState({ status: 'refused', reason, problems, source });
}

/** Reads the bank link in `hash` and, when it holds a valid bank, opens the intro on it. Never throws. */
export async function openBankLink(hash: string, language: string): Promise<void> {
  useBankLink.setState({ status: 'checking' });
  const read = decodeBankLink(bankLinkPayload(hash) ?? '');
  if (!read.ok) {
    refuse(read.reason);
    return;
  }
  await openBank(read.text, language, 'link');
}

/**
 * Opens a bank a participant received (a link's text, or the bytes of a file they chose): checks it like
 * any bank file, keeps it among this browser's banks and pins it, so the intro starts it. Never throws.
 */
export async function openBank(
  source: string | Uint8Array,
  language: string,
  from: 'link' | 'file' = 'file',
): Promise<void> {
  useBankLink.setState({ status: 'checking' });
  try {
    const checked = await validateBankFile(source);
    if (!checked.ok) {
      refuse('invalid', checked.problems, from);
      return;
    }
    const { bank } = checked;
    const ref = { id: bank.id, version: bank.version };
    const key = refKey(ref);
    if (isBundled(ref)) {
      // The app's own version under that name: fine when it is the same bank, refused when it differs.
      const own = await loadBundledBank(ref);
      if (own === null || (await bankHash(own)) !== (await bankHash(bank))) {
        refuse('built-in-clash', [], from);
        return;
      }
    } else
      useCustomBanks.getState().add({
        key,
        title: pickText(bank.title, language, bank.languages),
        text: checked.text,
        addedAt: new Date().toISOString(),
      });
    const search = `?bank=${encodeURIComponent(key).replace(/%40/g, '@')}`;
    history.replaceState(null, '', `${pathOf('intro')}${search}`);
    useRoute.setState({ view: 'intro', search });
    useBankLink.setState({ status: 'opened', key });
  } catch {
    refuse('damaged', [], from);
  }
}
