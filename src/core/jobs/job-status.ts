// The life of a durable job. `unknown` is the honest state of an at-most-once job (an email send)
// whose worker died mid-run: its side effect may or may not have happened, so it is never re-run blindly.
export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'unknown'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses that end a job: nothing runs it again. */
export const FINAL_JOB_STATUSES: readonly JobStatus[] = ['done', 'failed', 'unknown'];
