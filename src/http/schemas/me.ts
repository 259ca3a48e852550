// Response schema of GET /api/v1/me: the signed-in user, the current workspace and role (schemas/team.ts).
import type { z } from 'zod';
import { meSchema } from './team.ts';

export { meSchema };
export type MeBody = z.infer<typeof meSchema>;
