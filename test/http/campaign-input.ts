// Small builders of validated service inputs for tests.
import { createCampaignSchema, enrollCreatorSchema } from '../../src/http/schemas/campaigns.ts';

export const createSchemaInput = Object.assign((input: Record<string, unknown>) => createCampaignSchema.parse(input), {
  enroll: (input: Record<string, unknown>) => enrollCreatorSchema.parse(input),
});
