// Is this short reply an opt-out? Its own text (the quoted original removed) must be short and its
// first line must be one of OPT_OUT_LINES, politeness aside.
import { OPT_OUT_COURTESIES, OPT_OUT_LINES, OPT_OUT_MAX_CHARS } from './opt-out-words.ts';

const lines = new Set(OPT_OUT_LINES.map((l) => normalise(l)));
const courtesies = [...OPT_OUT_COURTESIES].map((c) => normalise(c)).sort((a, b) => b.length - a.length);

/** The words the sender wrote herself: everything above the quoted original (">" lines, "On … wrote:"). */
export function ownText(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const t = line.trim();
    if (t.startsWith('>')) break;
    if (
      /^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|mensagem original)/i.test(
        t,
      )
    )
      break;
    // "On Mon, 3 Jun 2024 at 10:00, Brand <a@b> wrote:" and its translations ("a écrit", "schrieb", "escribió").
    if (/(wrote|a écrit|schrieb|escribió|escreveu|ha scritto|schreef)\s*:\s*$/i.test(t)) break;
    if (/^_{10,}$/.test(t)) break;
    if (/^(from|de|von|da|van)\s*:\s/i.test(t) && out.length > 0) break;
    out.push(line);
  }
  return out.join('\n').trim();
}

export function isOptOutReply(text: string): boolean {
  const own = ownText(text);
  if (own.length === 0 || own.length > OPT_OUT_MAX_CHARS) return false;
  const first = own.split('\n')[0] ?? '';
  return lines.has(stripCourtesies(normalise(first)));
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[.,;:!?¡¿"“”()«»]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripCourtesies(line: string): string {
  let s = line;
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of courtesies) {
      if (s.startsWith(`${c} `)) s = s.slice(c.length + 1);
      else if (s.endsWith(` ${c}`)) s = s.slice(0, -c.length - 1);
      else continue;
      changed = true;
    }
  }
  return s.trim();
}
