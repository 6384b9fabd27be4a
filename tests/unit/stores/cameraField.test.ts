import { describe, expect, it } from 'vitest';
import { calculusView } from '../../../src/stores/calculus/view';
import { linalgView } from '../../../src/stores/linalg/view';

const read = (view: typeof calculusView | typeof linalgView, cam: string) =>
  view.decode(new URLSearchParams(`v=1&cam=${cam}`));

describe('cameraField: one 3-D camera field for calculus and linear algebra', () => {
  it('calculus: zoom in (0, 10], elevation within ±1.6, pan within ±0.5; the message names the limits', () => {
    expect(read(calculusView, '1,1.6,10,0.5,-0.5').view.cam).toEqual([1, 1.6, 10, 0.5, -0.5]);
    for (const bad of ['1,1.61,1,0,0', '1,0,0,0,0', '1,0,10.5,0,0', '1,0,1,0.6,0']) {
      const r = read(calculusView, bad);
      expect(r.view.cam).toEqual(calculusView.defaults.cam);
      expect(r.ignored.join()).toContain('elevation within ±1.6, zoom in (0, 10], pan within ±0.5');
    }
  });
  it('linear algebra: zoom from 0.1 to 20, elevation within ±1.5', () => {
    expect(read(linalgView, '1,-1.5,0.1,0,0').view.cam).toEqual([1, -1.5, 0.1, 0, 0]);
    expect(read(linalgView, '1,0,20,0,0').view.cam).toEqual([1, 0, 20, 0, 0]);
    const r = read(linalgView, '1,0,0.09,0,0');
    expect(r.view.cam).toEqual(linalgView.defaults.cam);
    expect(r.ignored.join()).toContain('elevation within ±1.5, zoom from 0.1 to 20, pan within ±0.5');
  });
  it('a wrong count is named, and the home camera is left out of the link', () => {
    expect(read(calculusView, '1,2').ignored.join()).toContain('needs 5 numbers');
    expect(calculusView.encode(calculusView.defaults)).not.toContain('cam');
    expect(linalgView.encode(linalgView.defaults)).not.toContain('cam');
  });
});
