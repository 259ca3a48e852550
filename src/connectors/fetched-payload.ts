/** A response body read from a platform API, named for messages (it stands where a file name would). */
export interface FetchedPayload {
  name: string;
  json: unknown;
}
