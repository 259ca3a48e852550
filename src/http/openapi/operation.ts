// One documented operation of the HTTP API: the zod schemas its handler validates with (path, query,
// body) and the shapes it answers, so the OpenAPI document is generated from the code, not beside it.
import type { z } from 'zod';

export type Method = 'get' | 'post' | 'put' | 'delete';

export interface Operation {
  method: Method;
  /** OpenAPI path: "/api/v1/creators/{id}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** 'session' = bearer token or the browser's session cookie; 'none' = public; 'signature' = HMAC of the body. */
  auth: 'session' | 'none' | 'signature';
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Header parameters (webhooks: the signature headers). */
  headers?: { name: string; description: string; required: boolean }[];
  body?: {
    schema: z.ZodType;
    contentType: 'application/json' | 'multipart/form-data' | 'text/plain';
    description?: string;
  };
  responses: Record<
    number,
    { description: string; schema?: z.ZodType; contentType?: string; headers?: Record<string, string> }
  >;
}
