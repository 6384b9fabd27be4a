import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

// eslint.config.js keeps the layers apart: ui draws from props, stores know no view code, pages use wire types.
describe('ESLint layer rules (eslint.config.js)', () => {
  it.each([
    [
      'ui → stores',
      'src/ui/Example.tsx',
      "import { useX } from '../stores/x/store';\nexport const a = useX;",
    ],
    [
      'ui → stores (deeper)',
      'src/ui/learn/Example.ts',
      "import { x } from '../../stores/progressStore';\nexport const a = x;",
    ],
    ['ui → pages', 'src/ui/Example.tsx', "import { P } from '../pages/Calculus/index';\nexport const a = P;"],
    [
      'stores → pages',
      'src/stores/x/store.ts',
      "import { p } from '../../pages/Calculus/presets';\nexport const a = p;",
    ],
    ['stores → ui', 'src/stores/x/store.ts', "import { T } from '../../ui/Tabs';\nexport const a = T;"],
    ['stores → app', 'src/stores/store.ts', "import { r } from '../app/router';\nexport const a = r;"],
    [
      'pages → worker/jobs',
      'src/pages/Calculus/Example.ts',
      "import type { GridResult } from '../../worker/jobs/grid';\nexport type A = GridResult;",
    ],
    [
      'pages → worker/jobs (type import, deeper)',
      'src/pages/Calculus/scene/Example.tsx',
      "import type { OptimizerTrace } from '../../../worker/jobs/optimize';\nexport type A = OptimizerTrace;",
    ],
  ])('refuses %s', async (_, filePath, code) => {
    expect(await ruleIds(code, filePath)).toContain('no-restricted-imports');
  });

  it.each([
    [
      'ui → core',
      'src/ui/Example.tsx',
      "import { parseDecimal } from '../core/numberText';\nexport const a = parseDecimal;",
    ],
    [
      'stores → core and worker',
      'src/stores/x/store.ts',
      "import { computeClient } from '../../worker/client';\nexport const a = computeClient;",
    ],
    [
      'pages → stores and ui',
      'src/pages/Calculus/Example.tsx',
      "import { T } from '../../ui/Tabs';\nimport { s } from '../../stores/calculus/store';\nexport const a = [T, s];",
    ],
    [
      'pages → worker/protocol',
      'src/pages/Calculus/Example.ts',
      "import type { GridResult } from '../../worker/protocol';\nexport type A = GridResult;",
    ],
  ])('allows %s', async (_, filePath, code) => {
    expect(await ruleIds(code, filePath)).not.toContain('no-restricted-imports');
  });
});
