import { describe, expect, it } from 'vitest';
import { responseFileText } from '../../../src/crypto/response-file';
import { sealResponse } from '../../../src/crypto/response';
import { responseUrl } from '../../../src/domain/feedback/links';
import { tokensOfFiles, tokensOfPasted } from '../../../src/state/response-intake';
import { roundWithInvitation } from '../crypto/fixtures';

const { invitation } = await roundWithInvitation('partners');
const first = await sealResponse(invitation, { a: 1 });
const second = await sealResponse(invitation, { a: 2 });

describe('taking in responses', () => {
  it('finds the tokens of pasted links, and says when a pasted text holds none', () => {
    const text = `Hier: ${responseUrl('https://example.org/', first)}.\n${second}`;
    expect(tokensOfPasted(text, 'pasted')).toEqual({
      tokens: [{ token: first }, { token: second }],
      refused: [],
    });
    expect(tokensOfPasted('Dank je!', 'pasted')).toEqual({
      tokens: [],
      refused: [{ source: 'pasted', kind: 'refused', reason: 'no-response' }],
    });
  });

  it('reads response files and files of links, and names every file that holds no response', async () => {
    const files = [
      new File([responseFileText(first)], 'one.json'),
      new File([`${first}\n${second}\n`], 'links.txt'),
      new File(['Nothing here'], 'note.txt'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])], 'photo.png'),
      new File([new Uint8Array(5_000_001)], 'huge.json'),
    ];
    expect(await tokensOfFiles(files)).toEqual({
      tokens: [
        { token: first, source: 'one.json' },
        { token: first, source: 'links.txt (1)' },
        { token: second, source: 'links.txt (2)' },
      ],
      refused: [
        { source: 'note.txt', kind: 'refused', reason: 'no-response' },
        { source: 'photo.png', kind: 'refused', reason: 'not-response-file' },
        { source: 'huge.json', kind: 'refused', reason: 'too-large' },
      ],
    });
  });
});
