// Every CLI command, in the order `microreach help` lists them.
import type { Command } from '../command.ts';
import { campaignAddCreatorCommand } from './campaign-add-creator.ts';
import { campaignDealCommand } from './campaign-deal.ts';
import { campaignCreateCommand } from './campaign-create.ts';
import { campaignListCommand } from './campaign-list.ts';
import { campaignReportCommand } from './campaign-report.ts';
import { contentAddCommand } from './content-add.ts';
import { portalLinkCommand } from './portal-link.ts';
import { creatorsListCommand } from './creators-list.ts';
import { demoCommand } from './demo.ts';
import { discoverCommand } from './discover.ts';
import { doctorCommand } from './doctor.ts';
import { fetchInstagramCommand } from './fetch-instagram.ts';
import { fetchYouTubeCommand } from './fetch-youtube.ts';
import { importCreatorsCommand } from './import-creators.ts';
import { payloadImportCommands } from './import-platform-payloads.ts';
import { importProfilesCommand } from './import-profiles.ts';
import { mailboxAddCommand } from './mailbox-add.ts';
import { ordersImportCommand } from './orders-import.ts';
import { outreachRunCommand } from './outreach-run.ts';
import { outreachSettleCommand } from './outreach-settle.ts';
import { ratesSetCommand } from './rates-set.ts';
import { sequenceCreateCommand } from './sequence-create.ts';
import { sequenceEnrollCommand } from './sequence-enroll.ts';
import { serveCommand } from './serve.ts';
import { storeConnectCommand } from './store-connect.ts';
import { instagramConnectCommand } from './instagram-connect.ts';
import { codesSyncCommand } from './codes-sync.ts';
import { catalogListCommand } from './catalog-list.ts';
import { catalogSyncCommand } from './catalog-sync.ts';
import { endpointsAddCommand } from './endpoints-add.ts';
import { tokenCreateCommand } from './token-create.ts';
import { tokenListCommand } from './token-list.ts';
import { tokenRevokeCommand } from './token-revoke.ts';
import { userCreateCommand } from './user-create.ts';
import { userResetPasswordCommand } from './user-reset-password.ts';
import { payoutsExportCommand } from './payouts-export.ts';
import { payoutsPrepareCommand } from './payouts-prepare.ts';
import { relationshipsListCommand } from './relationships-list.ts';
import { relationshipsSetStageCommand } from './relationships-set-stage.ts';
import { vetCommand } from './vet.ts';
import { webhooksReplayCommand } from './webhooks-replay.ts';
import { workspaceDomainsSetCommand } from './workspace-domains-set.ts';

export const commands: Command[] = [
  serveCommand,
  demoCommand,
  importCreatorsCommand,
  ...payloadImportCommands,
  importProfilesCommand,
  fetchInstagramCommand,
  fetchYouTubeCommand,
  creatorsListCommand,
  vetCommand,
  discoverCommand,
  tokenCreateCommand,
  tokenListCommand,
  tokenRevokeCommand,
  userCreateCommand,
  userResetPasswordCommand,
  campaignCreateCommand,
  campaignListCommand,
  campaignAddCreatorCommand,
  campaignDealCommand,
  campaignReportCommand,
  payoutsPrepareCommand,
  payoutsExportCommand,
  portalLinkCommand,
  contentAddCommand,
  relationshipsListCommand,
  relationshipsSetStageCommand,
  mailboxAddCommand,
  sequenceCreateCommand,
  sequenceEnrollCommand,
  outreachRunCommand,
  outreachSettleCommand,
  storeConnectCommand,
  instagramConnectCommand,
  codesSyncCommand,
  catalogSyncCommand,
  catalogListCommand,
  endpointsAddCommand,
  ratesSetCommand,
  workspaceDomainsSetCommand,
  ordersImportCommand,
  webhooksReplayCommand,
  doctorCommand,
];
