/**
 * Every word a user reads comes from the locales, so it exists in all five languages: JSX text
 * and user-visible attributes (aria-label, title, placeholder, label, description, alt) may not
 * be written as literals in components.
 */
const sources = import.meta.glob<string>(['/src/**/*.tsx', '!/src/**/*.test.tsx', '!/src/testing/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const JSX_TEXT = />([^<>{}=();:|&]*\p{L}{2,}[^<>{}=();:|&]*)</gu;
const VISIBLE_ATTRIBUTE = /\b(?:aria-label|title|placeholder|label|description|alt)="([^"]*\p{L}{2,}[^"]*)"/gu;

export function hardCodedTexts(source: string): string[] {
  const found = [...source.matchAll(JSX_TEXT)].map((m) => m[1]!.trim()).filter(Boolean);
  return found.concat([...source.matchAll(VISIBLE_ATTRIBUTE)].map((m) => m[1]!));
}

describe('user-visible text', () => {
  it('finds a literal in JSX text and in a visible attribute', () => {
    expect(hardCodedTexts('<Button aria-label="Close">Save changes</Button>')).toEqual(['Save changes', 'Close']);
    expect(hardCodedTexts("<Button aria-label={t('close')}>{t('save')}</Button>")).toEqual([]);
  });

  it('is never a literal in a component', () => {
    const offenders = Object.entries(sources).flatMap(([file, source]) => hardCodedTexts(source).map((text) => `${file}: ${text}`));
    expect(offenders).toEqual([]);
  });
});
