// fast-check arbitraries from the JSON Schemas of the OpenAPI document: values that follow a schema
// (as far as types, enums, bounds and required properties go; patterns and refinements are left to
// chance, so many "valid" values are still refused, which is fine) and values that do not.
import fc from 'fast-check';

export type JsonSchema = Record<string, any>;

export function schemaArbitrary(
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant(null);
  if (schema.$ref) return schemaArbitrary(resolve(schema.$ref), resolve, depth + 1);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(options))
    return fc.oneof(...options.map((s: JsonSchema) => schemaArbitrary(s, resolve, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
    return schemaArbitrary(schema.allOf[0], resolve, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (type.length > 1)
    return fc.oneof(...type.map((t: string) => schemaArbitrary({ ...schema, type: t }, resolve, depth)));
  switch (type[0]) {
    case 'object': {
      const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, s] of properties) record[name] = schemaArbitrary(s, resolve, depth + 1);
      const required = (schema.required ?? []) as string[];
      return fc.record(record, { requiredKeys: required.filter((k) => k in record) });
    }
    case 'array':
      return fc.array(schemaArbitrary(schema.items ?? {}, resolve, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'integer':
      return fc.integer({
        min: Math.ceil(schema.minimum ?? (schema.exclusiveMinimum ?? -1_000_001) + 1e-9),
        max: Math.floor(schema.maximum ?? 1_000_000),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e6,
        max: schema.maximum ?? 1e6,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      if (schema.format === 'date-time')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (schema.format === 'date')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'uri') return fc.webUrl();
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Anything a hostile client could send in place of a value: wrong types, odd strings, huge numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '0',
    '1e309',
    'NaN',
    '9'.repeat(40),
    '../../etc/passwd',
    '<script>alert(1)</script>',
    "' or 1=1 --",
    '\u0000',
    '%',
    '{}',
    '[]',
    'null',
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

/** A value as it travels in a URL (path segment or query value). */
export const asUrlText = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
