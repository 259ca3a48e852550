// Opening a secret sealed under the installation key (core/crypto/secret-box.ts). A secret that does not
// open was, in practice, sealed under another key: most often by `microreach store connect …` run with
// another MICROREACH_DATA_DIR (another secret.key) than the server's. AES-GCM only says "Unsupported
// state or unable to authenticate data"; this error says which secret, which key, and what to do.
import { open } from '../../core/crypto/secret-box.ts';
import { keySourceOf } from './load-secret-key.ts';

/** What a sealed secret is, for people: "the signing secret of store 3 (shopify, workspace demo)", and the fix. */
export interface SealedSecretSubject {
  what: string;
  remedy: string;
}

export class SealedWithAnotherKeyError extends Error {
  override name = 'SealedWithAnotherKeyError';

  constructor(
    readonly subject: SealedSecretSubject,
    keySource: string | undefined,
    cause: unknown,
  ) {
    super(
      `${subject.what} cannot be opened with this installation's key${keySource ? ` (${keySource})` : ''}: ` +
        'it was sealed under another key (by another installation, or by a command run with another ' +
        `MICROREACH_DATA_DIR or MICROREACH_SECRET_KEY); ${subject.remedy}`,
      { cause },
    );
  }
}

/** The plaintext of `sealed`; throws SealedWithAnotherKeyError when `key` (or `label`) is not the one it was sealed with. */
export function openSealedSecret(key: Buffer, sealed: string, label: string, subject: SealedSecretSubject): string {
  try {
    return open(key, sealed, label);
  } catch (error) {
    throw new SealedWithAnotherKeyError(subject, keySourceOf(key), error);
  }
}
