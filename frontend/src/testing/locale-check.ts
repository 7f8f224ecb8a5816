/**
 * The translation gate's rules, pure so they can be tested on small bundles: every key of the
 * English source in every language, each plural in exactly the CLDR forms the language needs
 * (from Intl.PluralRules, not guessed: Arabic has six), the same placeholders and tags, nothing extra.
 */
export type Bundle = Record<string, string>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)[^}]*\}\}|\$t\([^)]*\)|<\/?[\w]+\s*\/?>/g;

/** Nested JSON to dotted keys: { a: { b: "x" } } → { "a.b": "x" }. */
export function flatten(json: unknown, prefix = ''): Bundle {
  const out: Bundle = {};
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

export function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
}

/** The keys a language must have: English's, with each plural in the language's own forms. */
export function expectedKeys(source: Bundle, language: string): Set<string> {
  const keys = new Set<string>();
  for (const key of Object.keys(source)) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) {
      keys.add(key);
      continue;
    }
    const base = key.slice(0, plural.index);
    for (const category of pluralCategories(language)) keys.add(`${base}_${category}`);
    // an explicit zero ("no codes left") is a sentence of its own in any language
    if (plural[1] === 'zero') keys.add(key);
  }
  return keys;
}

function tokens(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[0].replace(/\s+/g, '')).sort();
}

/** Problems of one language against the English source; empty when it is complete. */
export function check(source: Bundle, translated: Bundle, language: string): string[] {
  const problems: string[] = [];
  const expected = expectedKeys(source, language);
  for (const key of expected) {
    if (!(key in translated)) problems.push(`${language}: missing ${key}`);
  }
  for (const key of Object.keys(translated)) {
    if (!expected.has(key)) problems.push(`${language}: unexpected ${key}`);
  }
  for (const [key, text] of Object.entries(translated)) {
    const plural = PLURAL_SUFFIX.exec(key);
    const english = source[key] ?? (plural ? (source[`${key.slice(0, plural.index)}_other`] ?? '') : undefined);
    if (english === undefined) continue;
    if (text.trim() === '') problems.push(`${language}: empty ${key}`);
    let want = tokens(english);
    let have = tokens(text);
    // "one", "two" and "zero" may spell the number out (Arabic: "مستخدمان")
    if (plural && plural[1] !== 'other' && plural[1] !== 'many' && plural[1] !== 'few') {
      want = want.filter((t) => t !== '{{count}}');
      have = have.filter((t) => t !== '{{count}}');
    }
    if (want.join(' ') !== have.join(' ')) {
      problems.push(`${language}: ${key} has ${have.join(' ') || 'no placeholders'}, English ${want.join(' ') || 'none'}`);
    }
  }
  return problems;
}
