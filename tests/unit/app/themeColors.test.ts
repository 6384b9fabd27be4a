import { describe, expect, it } from 'vitest';
import { cssHex } from '../../../src/ui/webgl/themeColors';

const style = (vars: Record<string, string>) =>
  ({ getPropertyValue: (name: string) => vars[name] ?? '' }) as unknown as CSSStyleDeclaration;

describe('cssHex', () => {
  it('reads #rrggbb, expands the #rgb the CSS minifier writes (#000000 → #000), and falls back otherwise', () => {
    const s = style({ '--a': ' #1a1d27 ', '--b': '#000', '--c': '#Fa0', '--d': 'black', '--e': '#12345' });
    expect(cssHex(s, '--a', '#ffffff')).toBe('#1a1d27');
    expect(cssHex(s, '--b', '#ffffff')).toBe('#000000');
    expect(cssHex(s, '--c', '#ffffff')).toBe('#FFaa00');
    expect(cssHex(s, '--d', '#ffffff')).toBe('#ffffff');
    expect(cssHex(s, '--e', '#ffffff')).toBe('#ffffff');
    expect(cssHex(s, '--missing', '#123456')).toBe('#123456');
    expect(cssHex(null, '--a', '#123456')).toBe('#123456');
  });
});
