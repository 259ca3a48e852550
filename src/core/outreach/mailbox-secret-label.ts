// The associated label of a mailbox's sealed SMTP / IMAP URL: binds the ciphertext to its workspace and
// address, so a sealed secret copied onto another mailbox row does not open.
export function mailboxSecretLabel(workspaceId: number, fromAddress: string, kind: 'smtp' | 'imap'): string {
  return `mailbox:${workspaceId}:${fromAddress.toLowerCase()}:${kind}`;
}
