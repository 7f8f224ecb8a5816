import { LANGUAGES } from '@/lib/i18n';
import { check, flatten, type Bundle } from '@/testing/locale-check';

const files = import.meta.glob<{ default: unknown }>('/src/locales/*/*.json', { eager: true });

function bundle(language: string): Bundle {
  const out: Bundle = {};
  for (const [path, module] of Object.entries(files)) {
    const [, , , lang, file] = path.split('/');
    if (lang !== language) continue;
    const namespace = file!.replace(/\.json$/, '');
    for (const [key, text] of Object.entries(flatten(module.default))) out[`${namespace}:${key}`] = text;
  }
  return out;
}

const code = Object.values(
  import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/testing/**'], { query: '?raw', import: 'default', eager: true }),
).join('\n');

/** A key is used when the code names it (or its plural base), or builds it from a literal prefix (`status.${s}`). */
function unusedKeys(source: Bundle): string[] {
  const literals = new Set([...code.matchAll(/['"`]([\w.:-]+)['"`]/g)].map((m) => m[1]!));
  const prefixes = [...code.matchAll(/`([\w.:-]{3,})\$\{/g)].map((m) => m[1]!);
  return Object.keys(source).filter((qualified) => {
    const [namespace, key] = qualified.split(':') as [string, string];
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    const names = [key, base, `${namespace}:${key}`, `${namespace}:${base}`];
    return !names.some((name) => literals.has(name)) && !prefixes.some((p) => base.startsWith(p) || `${namespace}:${base}`.startsWith(p));
  });
}

describe('every language of the web app', () => {
  const english = bundle('en');

  it('has the English source', () => {
    expect(Object.keys(english).length).toBeGreaterThan(1000);
  });

  it('has no key the code never uses', () => {
    expect(unusedKeys(english)).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s is complete: every key, every plural form, the same placeholders', (language) => {
    expect(check(english, bundle(language), language)).toEqual([]);
  });
});
