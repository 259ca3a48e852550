// Every durable job handler of the product, in one list: `serve` and the one-shot commands run these.
// Each area appends its handler here.
import { sendStepJob } from '../outreach/send-step-job.ts';
import type { JobHandler } from './job-handler.ts';

export interface JobDeps {
  /** The installation key (sealed mailbox secrets, signed unsubscribe links). */
  secretKey: Buffer;
  /** Where people reach this installation (links in emails). */
  publicOrigin: string;
}

export function jobHandlers(deps: JobDeps): JobHandler[] {
  return [sendStepJob(deps)];
}
