import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Content = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The shell of server-rendered pages: no external assets, works offline. */
export const layout = (title: string, body: Content) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · microreach</title>
<link rel="icon" href="data:,">
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1.5rem; color: #1d2330; }
  h1 { font-size: 1.4rem; } a { color: #2446b8; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e3e6ee; }
  th { font-weight: 600; background: #f5f6fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
  form.inline { display: inline; } .muted { color: #667; } .badge { font-size: .75rem; padding: 0 .4rem; border-radius: .6rem; background: #eef; }
  input, select, button { font: inherit; padding: .3rem .5rem; } .error { color: #a01919; }
  form.stack label { display: block; margin: .6rem 0; } form.stack input, form.stack select { display: block; width: 100%; max-width: 26rem; box-sizing: border-box; }
  main.narrow { max-width: 30rem; } code { overflow-wrap: anywhere; }
  @media (prefers-color-scheme: dark) {
    body { background: #14171f; color: #e4e7ef; } a { color: #9db4ff; } th { background: #1f2430; } th, td { border-color: #2c3342; }
    .muted { color: #a3aabb; } .error { color: #ff9b9b; } .badge { background: #2a3150; }
    input, select, button { background: #1f2430; color: #e4e7ef; border: 1px solid #46506a; }
  }
</style>
</head>
<body>${body}</body>
</html>`;
