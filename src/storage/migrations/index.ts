// Versioned migrations, applied in name order at start. Never edit one that has shipped: add a new one.
import type { Migration } from 'kysely';
import * as m0001 from './0001-creator-data.ts';
import * as m0002 from './0002-access.ts';
import * as m0003 from './0003-campaigns.ts';
import * as m0004 from './0004-account-metrics.ts';
import * as m0005 from './0005-discovery.ts';
import * as m0006 from './0006-store-events.ts';
import * as m0007 from './0007-deals-and-briefs.ts';
import * as m0008 from './0008-workspace-layer.ts';
import * as m0009 from './0009-hardening.ts';
import * as m0010 from './0010-team.ts';
import * as m0013 from './0013-relationships.ts';
import * as m0014 from './0014-jobs.ts';
import * as m0015 from './0015-outreach.ts';
import * as m0016 from './0016-relationship-fields.ts';
import * as m0017 from './0017-portal-and-content.ts';
import * as m0018 from './0018-ledger-and-payouts.ts';
import * as m0019 from './0019-store-codes.ts';
import * as m0020 from './0020-outgoing-webhooks.ts';
import * as m0021 from './0021-inbox-read-state.ts';
import * as m0022 from './0022-creator-connections.ts';
import * as m0024 from './0024-stories.ts';
import * as m0023 from './0023-catalog-and-gifts.ts';
import * as m0025 from './0025-brand-mentions.ts';
import * as m0027 from './0027-connection-audience-note.ts';
import * as m0028 from './0028-data-revision-reservations.ts';
import * as m0029 from './0029-pending-deliveries-index.ts';

export const migrations: Record<string, Migration> = {
  '0001-creator-data': m0001,
  '0002-access': m0002,
  '0003-campaigns': m0003,
  '0004-account-metrics': m0004,
  '0005-discovery': m0005,
  '0006-store-events': m0006,
  '0007-deals-and-briefs': m0007,
  '0008-workspace-layer': m0008,
  '0009-hardening': m0009,
  '0010-team': m0010,
  '0013-relationships': m0013,
  '0014-jobs': m0014,
  '0015-outreach': m0015,
  '0016-relationship-fields': m0016,
  '0017-portal-and-content': m0017,
  '0018-ledger-and-payouts': m0018,
  '0019-store-codes': m0019,
  '0020-outgoing-webhooks': m0020,
  '0021-inbox-read-state': m0021,
  '0022-creator-connections': m0022,
  '0024-stories': m0024,
  '0023-catalog-and-gifts': m0023,
  '0025-brand-mentions': m0025,
  '0027-connection-audience-note': m0027,
  '0028-data-revision-reservations': m0028,
  '0029-pending-deliveries-index': m0029,
};
