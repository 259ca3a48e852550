// A workspace's own fields on relationships ("fee agreed", "shoe size", "next shoot"): their definition
// and the check every value passes before it is stored. Values are kept as canonical text (a number as
// its decimal form, a date as YYYY-MM-DD) so filtering is an equality on text on both dialects.
import { z } from 'zod';
import { AppError } from '../app-error.ts';

export const FIELD_TYPES = ['text', 'number', 'date', 'select'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldDefinition {
  id: number;
  name: string;
  type: FieldType;
  options: string[];
}

export const fieldBody = z
  .object({
    name: z.string().trim().min(1).max(60),
    type: z.enum(FIELD_TYPES),
    options: z.array(z.string().trim().min(1).max(80)).max(50).default([]),
  })
  .strict()
  .refine((f) => (f.type === 'select' ? f.options.length > 0 : f.options.length === 0), {
    message: 'a select field needs its options; other types take none',
    path: ['options'],
  })
  .refine((f) => new Set(f.options).size === f.options.length, { message: 'each option once', path: ['options'] });

export const fieldValueBody = z
  .object({
    field_id: z.number().int().positive(),
    value: z
      .union([z.string().max(2000), z.number()])
      .nullable()
      .describe('null clears the value'),
  })
  .strict();

const fail = (field: FieldDefinition, reason: string) =>
  new AppError('validation_failed', `Field "${field.name}": ${reason}`, [{ path: 'value', message: reason }]);

/** The canonical text of a value for this field, or an error naming the field and the reason. */
export function checkFieldValue(field: FieldDefinition, value: string | number): string {
  const text = String(value).trim();
  if (text === '') throw fail(field, 'empty; send null to clear it');
  switch (field.type) {
    case 'text':
      return text;
    case 'number': {
      const n = typeof value === 'number' ? value : Number(text);
      if (!Number.isFinite(n) || (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(text)))
        throw fail(field, `"${text}" is not a number (digits, an optional "." and decimals)`);
      return String(n);
    }
    case 'date': {
      const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
      if (!ok || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text)
        throw fail(field, `"${text}" is not a date YYYY-MM-DD`);
      return text;
    }
    case 'select':
      if (!field.options.includes(text)) throw fail(field, `"${text}" is not one of ${field.options.join(', ')}`);
      return text;
  }
}
