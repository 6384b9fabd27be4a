// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { parseHash, writeQuery } from '../../../src/app/router';

describe('router', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('parseHash(hash) splits the path from the query and tolerates a bare or missing slash', () => {
    expect(parseHash('#/probability?v=1&dist=gamma').path).toBe('/probability');
    expect(parseHash('#/probability?v=1&dist=gamma').query.get('dist')).toBe('gamma');
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#calculus').path).toBe('/calculus');
  });

  it('writeQuery(path, query, mode) pushes or replaces the query of the page in view', () => {
    window.history.replaceState(null, '', '/#/calculus?v=1');
    const before = window.history.length;
    writeQuery('/calculus', 'v=1&steps=50', 'push');
    expect(window.location.hash).toBe('#/calculus?v=1&steps=50');
    expect(window.history.length).toBe(before + 1);
    writeQuery('/calculus', 'v=1&steps=60', 'replace');
    expect(window.location.hash).toBe('#/calculus?v=1&steps=60');
    expect(window.history.length).toBe(before + 1);
  });

  it('writeQuery from a page the student has left changes nothing (a late settle timer must not pull them back)', () => {
    window.history.replaceState(null, '', '/#/linear-algebra?v=1');
    const before = window.history.length;
    writeQuery('/calculus', 'v=1&steps=50', 'push');
    expect(window.location.hash).toBe('#/linear-algebra?v=1');
    expect(window.history.length).toBe(before);
  });
});
