// Languages as exports write them (" es ", "ES", "en-US", "Spanish", "Español") → ISO 639-1 codes.
// The name table comes from the runtime's CLDR data (Intl.DisplayNames), like the country table.

const table = buildTable();

function buildTable(): Map<string, string> {
  const names = new Map<string, string>();
  const codes: string[] = [];
  for (let a = 97; a <= 122; a += 1) for (let b = 97; b <= 122; b += 1) codes.push(String.fromCharCode(a, b));
  for (const locale of ['en', 'es', 'fr', 'de', 'pt', 'it']) {
    const display = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    for (const code of codes) {
      const name = display.of(code);
      if (name && name.toLowerCase() !== code) names.set(code, code);
      if (name && name.toLowerCase() !== code && !names.has(languageKey(name))) names.set(languageKey(name), code);
    }
  }
  return names;
}

function languageKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** ISO 639-1 code of a language code or name, or undefined when unknown. */
export function languageCode(text: string): string | undefined {
  const key = languageKey(text);
  const primary = key.split(/[-_]/, 1)[0] ?? '';
  return table.get(key) ?? (primary.length === 2 ? table.get(primary) : undefined);
}
