import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { bigCount, withId } from '../dialect.ts';

// The commission ledger (issue 15): double-entry and append-only. A transaction (accrual, reversal, fee,
// adjustment, payout, payout return) is one row with a unique idempotency key per workspace; its postings
// move money between accounts and sum to zero. commission_entries (0003) is moved into it and dropped,
// so there is one ledger. Campaigns gain a hold period; payout batches, their lines and each creator's
// payout details (sealed with the installation key) are stored here too.
export async function up(db: Kysely<any>): Promise<void> {
  const big = bigCount(db);
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');

  await db.schema
    .alterTable('campaigns')
    .addColumn('hold_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();

  await withId(db, db.schema.createTable('payout_batches'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('minimum_minor', big, (c) => c.notNull())
    .addColumn('created_by', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('paid_at', 'text')
    .addColumn('paid_via', 'text')
    .execute();

  await withId(db, db.schema.createTable('payout_lines'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('batch_id', big, (c) => c.notNull().references('payout_batches.id').onDelete('cascade'))
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', big, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('excluded_reason', 'text')
    .addColumn('failure_reason', 'text')
    .addColumn('provider', 'text')
    .addColumn('provider_ref', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('payout_lines_creator_currency', ['batch_id', 'creator_id', 'currency'])
    .execute();
  await db.schema
    .createIndex('payout_lines_creator')
    .on('payout_lines')
    .columns(['workspace_id', 'creator_id'])
    .execute();

  // No cascade from orders or enrollments: the ledger is append-only and outlives what it records.
  await withId(db, db.schema.createTable('ledger_transactions'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('creator_id', big, (c) => c.notNull())
    .addColumn('campaign_id', big)
    .addColumn('enrollment_id', big)
    .addColumn('order_id', big)
    .addColumn('payout_line_id', big)
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('available_at', 'text', (c) => c.notNull())
    .addColumn('created_by', big)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_transactions_key', ['workspace_id', 'idempotency_key'])
    .execute();
  await db.schema
    .createIndex('ledger_transactions_creator')
    .on('ledger_transactions')
    .columns(['workspace_id', 'creator_id'])
    .execute();
  await db.schema.createIndex('ledger_transactions_order').on('ledger_transactions').column('order_id').execute();
  await db.schema
    .createIndex('ledger_transactions_enrollment')
    .on('ledger_transactions')
    .column('enrollment_id')
    .execute();

  await withId(db, db.schema.createTable('ledger_postings'))
    .addColumn('workspace_id', big, workspace)
    .addColumn('transaction_id', big, (c) => c.notNull().references('ledger_transactions.id'))
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', big, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ledger_postings_transaction').on('ledger_postings').column('transaction_id').execute();
  await db.schema
    .createIndex('ledger_postings_account')
    .on('ledger_postings')
    .columns(['workspace_id', 'account'])
    .execute();

  await db.schema
    .createTable('creator_payout_details')
    .addColumn('workspace_id', big, workspace)
    .addColumn('creator_id', big, (c) => c.notNull().references('creators.id').onDelete('cascade'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('updated_by', big, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('creator_payout_details_pk', ['workspace_id', 'creator_id'])
    .execute();

  await moveCommissionEntries(db);
  await db.schema.dropTable('commission_entries').execute();
}

/** Each old entry becomes one ledger transaction keyed `legacy:<id>`, available 30 days after its order. */
async function moveCommissionEntries(db: Kysely<any>): Promise<void> {
  const rows: {
    id: number | string;
    workspace_id: number | string;
    enrollment_id: number | string;
    order_id: number | string | null;
    kind: string;
    amount_minor: number | string;
    currency: string;
    reason: string;
    created_at: string;
    creator_id: number | string;
    campaign_id: number | string;
    placed_at: string | null;
  }[] = await db
    .selectFrom('commission_entries as c')
    .innerJoin('enrollments as e', 'e.id', 'c.enrollment_id')
    .leftJoin('orders as o', 'o.id', 'c.order_id')
    .select([
      'c.id',
      'c.workspace_id',
      'c.enrollment_id',
      'c.order_id',
      'c.kind',
      'c.amount_minor',
      'c.currency',
      'c.reason',
      'c.created_at',
      'e.creator_id',
      'e.campaign_id',
      'o.placed_at',
    ])
    .orderBy('c.id')
    .execute();
  for (const r of rows) {
    const amount = Number(r.amount_minor);
    const payout = r.kind === 'payout';
    const kind = payout ? 'payout' : r.kind === 'earned' ? 'accrual' : 'reversal';
    const occurred = r.created_at;
    const available = payout ? occurred : plusDays(r.placed_at ?? occurred, 30);
    const tx = await db
      .insertInto('ledger_transactions')
      .values({
        workspace_id: r.workspace_id,
        idempotency_key: `legacy:${r.id}`,
        kind,
        creator_id: r.creator_id,
        campaign_id: r.campaign_id,
        enrollment_id: r.enrollment_id,
        order_id: r.order_id,
        payout_line_id: null,
        currency: r.currency,
        reason: r.reason,
        occurred_at: occurred,
        available_at: available,
        created_by: null,
        created_at: occurred,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The old sign was the creator's: earned +, clawback and payout − (paid to her).
    const counter = payout ? 'brand:cash' : 'brand:expense:commission';
    await db
      .insertInto('ledger_postings')
      .values([
        {
          workspace_id: r.workspace_id,
          transaction_id: tx.id,
          account: `creator:${r.creator_id}`,
          currency: r.currency,
          amount_minor: amount,
        },
        {
          workspace_id: r.workspace_id,
          transaction_id: tx.id,
          account: counter,
          currency: r.currency,
          amount_minor: -amount,
        },
      ])
      .execute();
  }
}

const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();
