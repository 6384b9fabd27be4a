import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Camera, Scene, type WebGLRenderer } from 'three';
import { presentWhenRasterised } from '../../../src/ui/webgl/presentWhenRasterised';

/**
 * A stand-in for a WebGL 2 context that records the calls the present pipeline makes and lets the test
 * decide when the GPU "finishes" (a fence signals).
 */
class FakeGL2 {
  SYNC_GPU_COMMANDS_COMPLETE = 1;
  SYNC_STATUS = 2;
  SIGNALED = 3;
  UNSIGNALED = 4;
  READ_FRAMEBUFFER = 5;
  DRAW_FRAMEBUFFER = 6;
  FRAMEBUFFER = 7;
  SCISSOR_TEST = 8;
  COLOR_BUFFER_BIT = 9;
  NEAREST = 10;
  log: string[] = [];
  done = false;
  lost = false;
  fenceSync() {
    this.log.push('fence');
    return {};
  }
  getSyncParameter() {
    return this.done ? this.SIGNALED : this.UNSIGNALED;
  }
  deleteSync() {}
  flush() {
    this.log.push('flush');
  }
  isContextLost() {
    return this.lost;
  }
  bindFramebuffer() {}
  disable() {}
  blitFramebuffer(...args: number[]) {
    this.log.push(`blit ${args[2]}x${args[3]}`);
  }
}

function fakeRenderer(gl: FakeGL2) {
  let target: unknown = null;
  const framebuffers = new Map<unknown, { __webglFramebuffer: object }>();
  const renderer = {
    renders: [] as string[],
    getContext: () => gl,
    getRenderTarget: () => target,
    setRenderTarget: (t: unknown) => {
      target = t;
    },
    getDrawingBufferSize: (v: { set(x: number, y: number): unknown }) => v.set(300, 200),
    properties: {
      get: (t: unknown) => {
        if (!framebuffers.has(t)) framebuffers.set(t, { __webglFramebuffer: {} });
        return framebuffers.get(t)!;
      },
    },
    resetState: () => gl.log.push('reset'),
    render(scene: Scene, camera?: Camera) {
      void camera;
      renderer.renders.push(`${scene.name} into ${target === null ? 'canvas' : 'target'}`);
      gl.log.push(`draw ${scene.name}`);
    },
  };
  return renderer;
}

describe('presentWhenRasterised', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebGL2RenderingContext', FakeGL2);
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const scene = (name: string) => Object.assign(new Scene(), { name });

  it('draws off screen, blits only after the fence signals, and draws the latest waiting frame after the commit', () => {
    const gl = new FakeGL2();
    const renderer = fakeRenderer(gl);
    const undo = presentWhenRasterised(renderer as unknown as WebGLRenderer);
    const camera = new Camera();

    renderer.render(scene('a'), camera);
    expect(renderer.renders).toEqual(['a into target']);
    expect(renderer.getRenderTarget()).toBeNull();
    expect(gl.log).toEqual(['draw a', 'fence', 'flush']);

    // Requests while the frame rasterises wait; only the newest is kept.
    renderer.render(scene('b'), camera);
    renderer.render(scene('c'), camera);
    vi.advanceTimersByTime(20);
    expect(gl.log.filter((l) => l.startsWith('blit'))).toEqual([]);

    gl.done = true;
    vi.advanceTimersByTime(4);
    expect(gl.log.slice(-3)).toEqual(['blit 300x200', 'reset', 'flush']);
    // Still nothing new until the animation frame that commits the blit has passed.
    vi.advanceTimersByTime(50);
    expect(renderer.renders).toEqual(['a into target']);
    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    expect(renderer.renders).toEqual(['a into target', 'c into target']);

    undo();
    renderer.render(scene('d'), camera);
    expect(renderer.renders.at(-1)).toBe('d into canvas');
  });

  it('passes renders into other targets straight through, and leaves WebGL 1 alone', () => {
    const gl = new FakeGL2();
    const renderer = fakeRenderer(gl);
    presentWhenRasterised(renderer as unknown as WebGLRenderer);
    const own = {};
    renderer.setRenderTarget(own);
    renderer.render(scene('shadow'), new Camera());
    expect(gl.log).toEqual(['draw shadow']);

    const plain = fakeRenderer(gl);
    vi.stubGlobal('WebGL2RenderingContext', class {});
    const before = plain.render;
    presentWhenRasterised(plain as unknown as WebGLRenderer);
    expect(plain.render).toBe(before);
  });

  it('stops waiting when the context is lost', () => {
    const gl = new FakeGL2();
    const renderer = fakeRenderer(gl);
    presentWhenRasterised(renderer as unknown as WebGLRenderer);
    renderer.render(scene('a'), new Camera());
    gl.lost = true;
    vi.advanceTimersByTime(10);
    gl.lost = false;
    renderer.render(scene('b'), new Camera());
    expect(renderer.renders).toEqual(['a into target', 'b into target']);
  });
});
