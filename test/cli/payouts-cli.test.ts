// `microreach payouts prepare|export` on a SQLite file, as the checks run them (each with --json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestOrder } from '../../src/services/orders/ingest-order.ts';
import { savePayoutDetails } from '../../src/services/payouts/payout-details-store.ts';
import { loadSecretKey } from '../../src/services/secrets/load-secret-key.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { cliHarness, type CliHarness } from '../support/cli-harness.ts';
import { ledgerOrder, ledgerWorld, type LedgerWorld } from '../support/ledger-world.ts';

describe('payouts CLI', () => {
  let cli: CliHarness;
  let w: LedgerWorld;
  beforeAll(async () => {
    cli = cliHarness();
    const db = cli.openDb();
    await migrateToLatest(db);
    w = await ledgerWorld(db);
    // Orders 40 days ago (after the 30-day hold): ana 10 % of 150.00, ben 12.5 % of 80.00.
    const placed = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await db.updateTable('enrollments').set({ created_at: placed }).execute();
    await db.updateTable('discount_codes').set({ created_at: placed }).execute();
    for (const [id, code, subtotal] of [
      ['1', w.ana.code, 15_000],
      ['2', w.ben.code, 8_000],
    ] as const)
      await ingestOrder(
        db,
        w.workspaceId,
        ledgerOrder(id, code, { placedAt: placed, subtotalMinor: subtotal }),
        placed,
      );
    const key = loadSecretKey(cli.config);
    for (const [c, email] of [
      [w.ana, 'ana.pay@example.com'],
      [w.ben, 'ben.pay@example.com'],
    ] as const)
      await savePayoutDetails(
        db,
        key,
        { workspaceId: w.workspaceId, userId: null },
        c.creatorId,
        { method: 'paypal', account_holder_name: email.split('.')[0]!, email, paypal_email: email },
        placed,
      );
    await db.destroy();
  });
  afterAll(() => cli.cleanup());

  it('prepares a batch with a line per creator and exports it as PayPal, Wise and bank CSV', async () => {
    const early = await cli.run([
      'payouts',
      'prepare',
      '--workspace',
      'acme',
      '--as-of',
      new Date(Date.now() - 39 * 86_400_000).toISOString(),
      '--json',
    ]);
    expect(early.code, early.err).toBe(0);
    expect(JSON.parse(early.out).lines).toEqual([]);

    const prepared = await cli.run(['payouts', 'prepare', '--workspace', 'acme', '--json']);
    expect(prepared.code, prepared.err).toBe(0);
    const batch = JSON.parse(prepared.out);
    expect(
      batch.lines.map((l: { creator: { id: number }; amount_minor: number }) => [l.creator.id, l.amount_minor]),
    ).toEqual([
      [w.ana.creatorId, 1500],
      [w.ben.creatorId, 1000],
    ]);

    const paypal = await cli.run(['payouts', 'export', String(batch.id), '--format', 'paypal-csv']);
    expect(paypal.code, paypal.err).toBe(0);
    expect(paypal.out.split('\r\n').slice(0, 2)).toEqual([
      `ana.pay@example.com,15.00,GBP,mr-${batch.id}-${batch.lines[0].id},microreach payout ${batch.id}-${batch.lines[0].id},PAYPAL`,
      `ben.pay@example.com,10.00,GBP,mr-${batch.id}-${batch.lines[1].id},microreach payout ${batch.id}-${batch.lines[1].id},PAYPAL`,
    ]);

    const out = join(cli.config.dataDir, 'wise.csv');
    const wise = await cli.run(['payouts', 'export', String(batch.id), '--format', 'wise-csv', '--out', out, '--json']);
    expect(wise.code, wise.err).toBe(0);
    expect(JSON.parse(wise.out)).toMatchObject({ batch_id: batch.id, format: 'wise-csv', rows: 3, file: out });
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe(
      'name,recipientEmail,paymentReference,receiverType,amountCurrency,amount,sourceCurrency,targetCurrency,type',
    );

    // The bank file needs bank details these creators did not give: the error names them.
    const bank = await cli.run(['payouts', 'export', String(batch.id), '--format', 'bank-csv', '--json']);
    expect(bank.code).toBe(2);
    expect(bank.err).toContain(`creator ${w.ana.creatorId} (Ana): no IBAN (or account and routing numbers)`);

    expect((await cli.run(['payouts', 'export', '999', '--format', 'bank-csv'])).err).toContain(
      'Payout batch 999 was not found',
    );
    expect((await cli.run(['payouts', 'export', String(batch.id), '--format', 'csv'])).code).toBe(2);
  });
});
