/**
 * Checks a bank file off the main thread (the facilitator's upload, and banks kept in this browser), so even
 * the largest or most hostile file never freezes the page; each step of the check is reported as it begins.
 */
import {
  MAX_BANK_BYTES,
  validateBankBytes,
  validateBankText,
  type CheckStage,
} from '../domain/bank/validate';
import { decodeTextFile } from '../domain/text-file';
import type { CheckReply, CheckRequest } from './validate-messages';

const post = (reply: CheckReply) => self.postMessage(reply);
const onStage = (stage: CheckStage) => post({ type: 'stage', stage });

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { source } = event.data;
  try {
    // Too large: refused from its size alone (validateBankBytes says so without reading it).
    if (typeof source !== 'string' && source.length > MAX_BANK_BYTES) {
      post({ type: 'done', result: validateBankBytes(source), text: '' });
      return;
    }
    let text = source;
    if (typeof source !== 'string') {
      onStage('decoding');
      const decoded = decodeTextFile(source);
      if (!decoded.ok) {
        post({ type: 'done', result: { ok: false, problems: [decoded.problem] }, text: '' });
        return;
      }
      text = decoded.text;
    }
    post({ type: 'done', result: validateBankText(text as string, { onStage }), text: text as string });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
