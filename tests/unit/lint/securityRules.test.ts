import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

// The project's ESLint config is the guard that keeps user text away from eval, new Function and innerHTML.
describe('ESLint security rules (eslint.config.js)', () => {
  it.each([
    ['eval', 'export const f = (s: string) => eval(s);'],
    ['new Function', 'export const f = (s: string) => new Function("x", s);'],
    ['innerHTML', 'export const f = (el: HTMLElement, s: string) => { el.innerHTML = s; };'],
    ['outerHTML', 'export const f = (el: HTMLElement, s: string) => { el.outerHTML = s; };'],
    ['setTimeout with a string', 'setTimeout("alert(1)", 10);'],
  ])('refuses %s in src/', async (_, code) => {
    const ids = await ruleIds(code, 'src/ui/Example.ts');
    expect(ids.some((id) => id === 'no-restricted-syntax' || id === 'no-implied-eval')).toBe(true);
  });

  it('refuses dangerouslySetInnerHTML in components', async () => {
    const ids = await ruleIds(
      'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;',
      'src/ui/Example.tsx',
    );
    expect(ids).toContain('no-restricted-syntax');
  });

  it('allows new Function only in the whitelisted code generator src/core/expr/compile.ts', async () => {
    const code = 'export const f = (src: string) => new Function("x", "y", src);';
    expect(await ruleIds(code, 'src/core/expr/compile.ts')).not.toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'src/core/expr/parser.ts')).toContain('no-restricted-syntax');
  });

  it('keeps the core pure: importing React or comlink from src/core is refused', async () => {
    const ids = await ruleIds(
      "import { useState } from 'react';\nexport const s = useState;",
      'src/core/linalg/Example.ts',
    );
    expect(ids).toContain('no-restricted-imports');
  });
});
