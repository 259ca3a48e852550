// {{link}}, {{code}}, {{fee}} and {{portal_link}} come from her enrollment in the sequence's campaign: a
// creator enrolled there gets her own tracked link, code, agreed fee and a signed portal link in the email;
// a creator not enrolled in the campaign is refused by name (nothing is guessed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema, setDealSchema } from '../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { setDealStatus } from '../../src/services/campaigns/set-deal-status.ts';
import { createSequence } from '../../src/services/outreach/create-sequence.ts';
import { enrollCreators } from '../../src/services/outreach/enroll-creators.ts';
import { planSends } from '../../src/services/outreach/plan-sends.ts';
import { previewStep } from '../../src/services/outreach/preview-step.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import type { MailServers } from '../support/mail-server.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../support/test-db.ts';
import { buildWorld, PUBLIC_ORIGIN, SECRET_KEY, startWorldMail } from './support/outreach-world.ts';

let mail: MailServers;
beforeAll(async () => {
  mail = await startWorldMail(2);
});
afterAll(async () => mail?.stop());

describe.each(testDialects)('deal merge fields on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(async () => t?.close());

  it('fills link, code, fee and portal link from her enrollment, and refuses a creator without one', async () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const world = await buildWorld(t.db, mail, { count: 2, slug: 'deals' });
    const [ana, bea] = world.creators as [(typeof world.creators)[0], (typeof world.creators)[0]];
    await setAllowedDomains(t.db, world.workspaceId, ['glowshop.test']);
    const campaign = await createCampaign(
      t.db,
      world.workspaceId,
      createCampaignSchema.parse({ name: 'Serum launch', destination_url: 'https://glowshop.test/serum' }),
    );
    await enrollCreator(
      t.db,
      world.workspaceId,
      campaign.id,
      enrollCreatorSchema.parse({ creator: `instagram:${ana.handle}`, code: 'ANA15' }),
    );
    await setDealStatus(
      t.db,
      world.workspaceId,
      campaign.id,
      setDealSchema.parse({ creator: `instagram:${ana.handle}`, status: 'proposed', fee_minor: 30_000 }),
    );
    const seq = await createSequence(
      t.db,
      world.workspaceId,
      {
        name: 'Serum offer',
        campaign_id: campaign.id,
        steps: [
          {
            subject: '{{first_name}}, {{fee}} for one reel?',
            body: 'Your link {{link}}, your code {{code}}, the terms: {{portal_link}}',
            delay_days: 0,
          },
        ],
      },
      now,
    );
    const enrolled = await enrollCreators(
      t.db,
      world.workspaceId,
      seq.id,
      [`instagram:${ana.handle}`, `instagram:${bea.handle}`],
      { now },
    );
    expect(enrolled.enrolled.map((e) => e.creator_id)).toEqual([ana.id]);
    expect(enrolled.refused).toEqual([
      {
        creator: `instagram:${bea.handle}`,
        reason: 'Email to instagram:deals_creator_2 not sent: no value for {{fee}}',
      },
    ]);

    const preview = await previewStep(t.db, world.workspaceId, seq.id, 1, ana.id, PUBLIC_ORIGIN);
    expect(preview.sendable).toBe(true);
    expect(preview.body.text).toMatch(
      new RegExp(
        `^Your link ${PUBLIC_ORIGIN}/r/\\S+, your code ANA15, the terms: \\[her portal link, made when the email is sent\\]$`,
      ),
    );

    const summary = await planSends(
      t.db,
      { secretKey: SECRET_KEY, publicOrigin: PUBLIC_ORIGIN, random: () => 0.5 },
      world.workspaceId,
      now,
    );
    expect(summary.planned).toBe(1);
    const message = await t.db
      .selectFrom('outreach_messages')
      .select(['subject', 'body_text'])
      .where('workspace_id', '=', world.workspaceId)
      .executeTakeFirstOrThrow();
    expect(message.subject).toBe('Mia, $300.00 for one reel?');
    expect(message.body_text).toMatch(new RegExp(`your code ANA15, the terms: ${PUBLIC_ORIGIN}/p/\\S+`));
    const links = await t.db
      .selectFrom('portal_links')
      .select('id')
      .where('workspace_id', '=', world.workspaceId)
      .execute();
    expect(links).toHaveLength(1);
  });
});
