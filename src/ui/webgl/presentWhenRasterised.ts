import {
  SRGBColorSpace,
  Vector2,
  WebGLRenderTarget,
  type Camera,
  type Object3D,
  type WebGLRenderer,
} from 'three';

/** How often the fence of a pending frame is looked at (a query that does not wait). */
const POLL_MS = 4;

/**
 * Shows a frame on the canvas only once the GPU has finished rasterising it.
 *
 * Without a GPU (SwiftShader, llvmpipe) the browser composites in software: at the next commit it reads
 * every new WebGL frame back on the main thread, and that read waits until the GPU process has run every
 * command queued on the context. On a two-core school PC that wait was 8 to 30 ms inside one main-thread
 * task, beside the frame's own layout and paint. So here `renderer.render` draws into an off-screen
 * target, sets a fence and returns at once; a timer looks at the fence without blocking and, once it
 * has signalled, copies the finished picture to the canvas with one blit. Until the next animation frame
 * has committed that picture no new frame is started (a newer request waits, and only the latest is
 * drawn), so the commit's read finds nothing queued but the blit. Renders into other targets pass through.
 *
 * The off-screen target is flagged as an XR target, which tells three.js to apply the renderer's output
 * colour space and tone mapping to it as it does for the canvas, and to store plain 8-bit values: the
 * blit then copies exactly what a direct render would have drawn.
 *
 * While a frame is on its way the canvas carries `data-present="busy"` (then "idle"), so that a test that
 * reads the canvas back can wait for the picture it asked for.
 *
 * Returns the function that undoes it. WebGL 1 contexts (no fences) are left as they are.
 */
export function presentWhenRasterised(renderer: WebGLRenderer): () => void {
  const context = renderer.getContext();
  if (typeof WebGL2RenderingContext === 'undefined' || !(context instanceof WebGL2RenderingContext))
    return () => {};
  const gl: WebGL2RenderingContext = context;
  const direct = renderer.render.bind(renderer);
  const size = new Vector2();
  const target = new WebGLRenderTarget(1, 1, { depthBuffer: true });
  target.texture.colorSpace = SRGBColorSpace;
  (target as unknown as { isXRRenderTarget: boolean }).isXRRenderTarget = true;
  let fence: WebGLSync | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  /** idle: free to draw; raster: a frame is on the GPU; commit: shown, waiting for the browser to take it. */
  let phase: 'idle' | 'raster' | 'commit' = 'idle';
  let wanted: [Object3D, Camera] | null = null;
  const canvas = (renderer as { domElement?: HTMLCanvasElement }).domElement;
  const mark = (state: 'busy' | 'idle') => {
    if (canvas) canvas.dataset.present = state;
  };

  const drop = () => {
    if (fence && !gl.isContextLost()) gl.deleteSync(fence);
    fence = null;
  };

  const draw = (scene: Object3D, camera: Camera) => {
    renderer.getDrawingBufferSize(size);
    if (target.width !== size.x || target.height !== size.y) target.setSize(size.x, size.y);
    renderer.setRenderTarget(target);
    try {
      direct(scene, camera);
    } finally {
      renderer.setRenderTarget(null);
    }
    fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    // Hands the commands to the GPU process now, so that it rasterises while this thread goes on.
    gl.flush();
    phase = 'raster';
    mark('busy');
    timer = setTimeout(poll, POLL_MS);
  };

  /** Copies the target to the canvas; three's cached GL state is reset because the blit changed bindings. */
  const present = () => {
    const framebuffer = (renderer.properties.get(target) as { __webglFramebuffer?: WebGLFramebuffer })
      .__webglFramebuffer;
    if (!framebuffer) return;
    const { width, height } = target;
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, framebuffer);
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
    gl.disable(gl.SCISSOR_TEST);
    gl.blitFramebuffer(0, 0, width, height, 0, 0, width, height, gl.COLOR_BUFFER_BIT, gl.NEAREST);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    renderer.resetState();
    gl.flush();
  };

  /** After the animation frame that committed the blit: draws the latest request that had to wait. */
  const settled = () => {
    timer = undefined;
    phase = 'idle';
    if (!wanted || gl.isContextLost()) return mark('idle');
    const [scene, camera] = wanted;
    wanted = null;
    draw(scene, camera);
  };

  function poll() {
    timer = undefined;
    if (!fence || gl.isContextLost()) {
      fence = null;
      phase = 'idle';
      return mark('idle');
    }
    if (gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED) {
      timer = setTimeout(poll, POLL_MS);
      return;
    }
    drop();
    present();
    phase = 'commit';
    if (!wanted) mark('idle');
    // A timer set from an animation frame callback runs after that frame's commit.
    frame = requestAnimationFrame(() => {
      timer = setTimeout(settled, 0);
    });
  }

  renderer.render = (scene: Object3D, camera: Camera) => {
    if (renderer.getRenderTarget() !== null || gl.isContextLost()) return direct(scene, camera);
    if (phase === 'idle') return draw(scene, camera);
    wanted = [scene, camera];
    mark('busy');
  };

  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    drop();
    target.dispose();
    renderer.render = direct;
    if (canvas) delete canvas.dataset.present;
  };
}
