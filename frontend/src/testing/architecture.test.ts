import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering rules of STYLE.md, checked on every `npm test` without a lint setup:
// features never import each other; shared code (components, lib) never imports features or app.
// Vitest runs from frontend/, where vite.config.ts lives.
const src = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](@\/[^'"]+)['"]/g)].map((m) => m[1]!);
}

const files = sourceFiles(src).map((file) => ({ file: relative(src, file).split(sep).join('/'), imports: importsOf(file) }));

describe('architecture', () => {
  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some(({ imports }) => imports.length > 0)).toBe(true);
  });

  it('keeps features independent of each other', () => {
    const offences = files.flatMap(({ file, imports }) => {
      const own = /^features\/([^/]+)\//.exec(file)?.[1];
      if (!own) return [];
      return imports
        .filter((spec) => spec.startsWith('@/features/') && !spec.startsWith(`@/features/${own}/`))
        .map((spec) => `${file} imports ${spec}`);
    });
    expect(offences).toEqual([]);
  });

  it('keeps shared code free of features and app', () => {
    const offences = files.flatMap(({ file, imports }) =>
      /^(components|lib)\//.test(file)
        ? imports.filter((spec) => /^@\/(features|app)\//.test(spec)).map((spec) => `${file} imports ${spec}`)
        : [],
    );
    expect(offences).toEqual([]);
  });
});
