// /api/docs: a readable reference rendered on the server from the OpenAPI document itself (plain
// HTML and CSS, no script, nothing from another host), so it works offline and cannot drift.
import type { OpenApiDocument } from './build-openapi.ts';

type JsonSchema = Record<string, unknown>;

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function resolve(doc: OpenApiDocument, schema: JsonSchema): { schema: JsonSchema; ref?: string } {
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
  if (!ref) return { schema };
  return { schema: (doc.components.schemas as Record<string, JsonSchema>)[ref] ?? {}, ref };
}

/** "string", "integer ≥ 1", "one of a | b", "array of object", "number | null". */
function typeLabel(s: JsonSchema): string {
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((v) => JSON.stringify(v)).join(' | ')}`;
  if (s.const !== undefined) return JSON.stringify(s.const);
  const variants = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (variants) return variants.map(typeLabel).join(' | ');
  const type = Array.isArray(s.type) ? s.type.join(' | ') : ((s.type as string | undefined) ?? 'any');
  const bits: string[] = [type === 'array' ? `array of ${typeLabel((s.items as JsonSchema | undefined) ?? {})}` : type];
  if (s.format) bits.push(`(${String(s.format)})`);
  if (typeof s.minimum === 'number' && s.minimum > -Number.MAX_SAFE_INTEGER) bits.push(`≥ ${s.minimum}`);
  if (typeof s.maximum === 'number' && s.maximum < Number.MAX_SAFE_INTEGER) bits.push(`≤ ${s.maximum}`);
  if (typeof s.pattern === 'string') bits.push(`matching /${s.pattern}/`);
  return bits.join(' ');
}

function fields(doc: OpenApiDocument, raw: JsonSchema, depth = 0): string {
  const { schema } = resolve(doc, raw);
  const variants = ((schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined)?.filter((v) => v.type !== 'null');
  const s = variants && variants.length === 1 ? variants[0]! : schema;
  const props = s.properties as Record<string, JsonSchema> | undefined;
  const items = s.type === 'array' ? (s.items as JsonSchema | undefined) : undefined;
  if (items) return fields(doc, items, depth);
  if (!props || depth > 6) return '';
  const required = new Set((s.required as string[] | undefined) ?? []);
  return `<ul class="fields">${Object.entries(props)
    .map(([name, p]) => {
      const inner = resolve(doc, p);
      const label = inner.ref
        ? `<a href="#schema-${esc(inner.ref)}">${esc(inner.ref)}</a>`
        : esc(typeLabel(inner.schema));
      const desc = inner.schema.description ?? p.description;
      const dflt =
        inner.schema.default !== undefined
          ? ` <span class="muted">default ${esc(JSON.stringify(inner.schema.default))}</span>`
          : '';
      return `<li><code>${esc(name)}</code>${required.has(name) ? '' : '<span class="opt">optional</span>'} <span class="type">${label}</span>${dflt}${desc ? ` — ${esc(desc)}` : ''}${inner.ref ? '' : fields(doc, inner.schema, depth + 1)}</li>`;
    })
    .join('')}</ul>`;
}

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

export function renderDocs(doc: OpenApiDocument): string {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .sort(([a], [b]) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b))
      .map(([method, op]) => ({
        path,
        method,
        op: op as Record<string, unknown> & { tags: string[]; operationId: string },
      })),
  );
  const section = (tag: { name: string; description: string }) => {
    const mine = ops.filter((o) => o.op.tags[0] === tag.name);
    if (mine.length === 0) return '';
    return `<section><h2 id="tag-${esc(tag.name)}">${esc(tag.name)}</h2><p class="muted">${esc(tag.description)}</p>${mine
      .map(({ path, method, op }) => {
        const params = (op.parameters as JsonSchema[] | undefined) ?? [];
        const body = op.requestBody as
          | { content: Record<string, { schema: JsonSchema }>; description?: string }
          | undefined;
        const responses = op.responses as Record<
          string,
          { description: string; content?: Record<string, { schema: JsonSchema }> }
        >;
        const secured = (op.security as unknown[]).length > 0;
        return `<article id="${esc(op.operationId)}">
<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p><strong>${esc(op.summary)}</strong>${secured ? ' <span class="badge">bearer token or session</span>' : ' <span class="badge public">public</span>'}</p>
${op.description ? `<p>${esc(op.description)}</p>` : ''}
${params.length ? `<h4>Parameters</h4><ul class="fields">${params.map((p) => `<li><code>${esc(p.name)}</code> <span class="muted">in ${esc(p.in)}</span>${p.required ? '' : '<span class="opt">optional</span>'} <span class="type">${esc(typeLabel(p.schema as JsonSchema))}</span>${(p.schema as JsonSchema).default !== undefined ? ` <span class="muted">default ${esc(JSON.stringify((p.schema as JsonSchema).default))}</span>` : ''}${p.description ? ` — ${esc(p.description)}` : ''}</li>`).join('')}</ul>` : ''}
${
  body
    ? Object.entries(body.content)
        .map(
          ([type, c]) =>
            `<h4>Request body <span class="muted">${esc(type)}</span></h4>${body.description ? `<p>${esc(body.description)}</p>` : ''}${fields(doc, c.schema) || `<p class="type">${esc(typeLabel(c.schema))}</p>`}`,
        )
        .join('')
    : ''
}
<h4>Responses</h4><dl>${Object.entries(responses)
          .map(([status, r]) => {
            const content = r.content ? Object.entries(r.content)[0] : undefined;
            const ref = content ? resolve(doc, content[1].schema).ref : undefined;
            const shape = content && !ref && content[0] === 'application/json' ? fields(doc, content[1].schema) : '';
            return `<dt>${esc(status)}</dt><dd>${esc(r.description)}${content ? ` <span class="muted">${esc(content[0])}</span>` : ''}${ref ? ` → <a href="#schema-${esc(ref)}">${esc(ref)}</a>` : ''}${shape}</dd>`;
          })
          .join('')}</dl>
</article>`;
      })
      .join('')}</section>`;
  };
  const schemas = Object.entries(doc.components.schemas as Record<string, JsonSchema>);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · microreach</title><link rel="icon" href="data:,">
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1d2330; display: grid; grid-template-columns: 16rem 1fr; }
nav { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 1rem; background: #f5f6fa; border-right: 1px solid #e3e6ee; font-size: .9rem; }
nav a { display: block; color: #2446b8; text-decoration: none; padding: .1rem 0; } nav h2 { font-size: .8rem; text-transform: uppercase; color: #667; margin: 1rem 0 .2rem; }
main { padding: 1.5rem 2rem; max-width: 60rem; } h1 { font-size: 1.5rem; margin-top: 0; } h2 { border-bottom: 2px solid #e3e6ee; padding-bottom: .3rem; margin-top: 2.5rem; }
article { border: 1px solid #e3e6ee; border-radius: .5rem; padding: .2rem 1rem .6rem; margin: 1rem 0; } h3 { font-size: 1rem; } h4 { margin: .8rem 0 .2rem; font-size: .9rem; }
.method { display: inline-block; min-width: 3.2rem; text-align: center; border-radius: .3rem; color: #fff; font-size: .8rem; padding: .1rem .3rem; }
.method.get { background: #1b7f4c; } .method.post { background: #2446b8; } .method.delete { background: #b42318; }
.badge { font-size: .75rem; padding: 0 .45rem; border-radius: .6rem; background: #eef; } .badge.public { background: #e8f5ec; }
.muted { color: #667; } .opt { font-size: .75rem; color: #8a5a00; margin-left: .3rem; } .type { color: #4b3aa8; font-family: ui-monospace, monospace; font-size: .85rem; }
ul.fields { list-style: none; padding-left: 1.1rem; border-left: 1px dotted #ccd; margin: .2rem 0; } ul.fields li { margin: .15rem 0; }
dt { font-weight: 600; float: left; width: 3rem; } dd { margin-left: 3.2rem; margin-bottom: .3rem; } code { font-size: .9rem; }
</style></head>
<body>
<nav aria-label="Operations"><strong>microreach API</strong> <span class="muted">${esc(doc.info.version)}</span>
<a href="/api/openapi.json">openapi.json</a>
${doc.tags
  .map(
    (t) =>
      `<h2>${esc(t.name)}</h2>${ops
        .filter((o) => o.op.tags[0] === t.name)
        .map((o) => `<a href="#${esc(o.op.operationId)}">${esc(o.method.toUpperCase())} ${esc(o.path)}</a>`)
        .join('')}`,
  )
  .join('')}
<h2>Schemas</h2>${schemas.map(([name]) => `<a href="#schema-${esc(name)}">${esc(name)}</a>`).join('')}
</nav>
<main>
<h1>microreach API reference</h1>
<p>${esc(doc.info.description)}</p>
<p>Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> (create one with <code>npx microreach token create --workspace SLUG</code>), or use the browser session of the web app. The machine-readable OpenAPI 3.1 document is at <a href="/api/openapi.json"><code>/api/openapi.json</code></a>.</p>
${doc.tags.map(section).join('')}
<section><h2 id="schemas">Schemas</h2>${schemas.map(([name, s]) => `<article id="schema-${esc(name)}"><h3>${esc(name)}</h3>${s.description ? `<p>${esc(s.description)}</p>` : ''}${fields(doc, s)}</article>`).join('')}</section>
</main></body></html>`;
}
