// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Tex } from '../../src/ui/Tex';

/** What KaTeX wrote for `tex`, as the DOM the student would get. */
function rendered(tex: string): HTMLElement {
  const { container } = render(<Tex tex={tex} />);
  return container;
}

describe('Tex (KaTeX with trust: false and bounded size and expansion)', () => {
  it('renders a formula, with MathML for screen readers', () => {
    const el = rendered('\\det A = a_{11}a_{22} - a_{12}a_{21}');
    expect(el.querySelector('.katex')).not.toBeNull();
    expect(el.querySelector('math')).not.toBeNull();
  });

  it('\\href and \\url to javascript: become no link at all (trust: false)', () => {
    for (const tex of ['\\href{javascript:alert(1)}{x}', '\\url{javascript:alert(1)}']) {
      const el = rendered(tex);
      // The command is shown as red source text; nothing can be followed.
      expect(el.querySelector('a, [href]')).toBeNull();
    }
  });

  it('\\htmlId, \\htmlClass, \\htmlStyle and \\htmlData add no attribute (trust: false)', () => {
    const el = rendered(
      '\\htmlId{evil}{x} \\htmlClass{evil}{x} \\htmlStyle{background:url(x)}{x} \\htmlData{foo=bar}{x}',
    );
    expect(el.querySelector('#evil, .evil, [data-foo], [style*="url("]')).toBeNull();
  });

  it('a macro bomb stops at maxExpand with a readable error instead of hanging', () => {
    const bomb =
      '\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{\\e\\e}\\def\\e{\\f\\f}\\def\\f{xxxxxxxxxx}' +
      '\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a';
    const t0 = performance.now();
    const el = rendered(bomb);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(el.querySelector('.katex-error')?.getAttribute('title')).toMatch(/Too many expansions/i);
  });

  it('sizes beyond maxSize are clamped (a \\rule cannot cover the page)', () => {
    const el = rendered('\\rule{500em}{500em}');
    const rule = el.querySelector('.katex-rule') as HTMLElement | null;
    expect(rule).not.toBeNull();
    expect(rule!.style.borderRightWidth).toBe('20em');
  });

  it('TeX that does not parse is shown as an error, not thrown', () => {
    const el = rendered('\\frac{1}{');
    expect(el.querySelector('.katex-error')).not.toBeNull();
  });

  describe('a display formula wider than its box', () => {
    const proto = Element.prototype;
    const saved = {
      scroll: Object.getOwnPropertyDescriptor(proto, 'scrollWidth')!,
      client: Object.getOwnPropertyDescriptor(proto, 'clientWidth')!,
    };
    /** jsdom lays nothing out: the box and its content get the widths a browser measured. */
    const widths = (scroll: number, client: number) => {
      Object.defineProperty(proto, 'scrollWidth', { configurable: true, get: () => scroll });
      Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => client });
    };
    afterEach(() => {
      Object.defineProperty(proto, 'scrollWidth', saved.scroll);
      Object.defineProperty(proto, 'clientWidth', saved.client);
    });
    const display = () => render(<Tex tex="X^\top y" display />).container.querySelector('.tex-display')!;

    it('fades its cut edge when it is really cut', () => {
      widths(300, 186);
      expect(display().hasAttribute('data-overflow')).toBe(true);
    });

    it('does not fade a matrix whose bracket sticks out by 2 px (Xᵀy at degree 12 lost its last digits)', () => {
      widths(188, 186);
      const el = display();
      expect(el.hasAttribute('data-overflow')).toBe(false);
      // Still reachable by keyboard: it does scroll, by those 2 px.
      expect((el as HTMLElement).tabIndex).toBe(0);
    });
  });
});
