export interface WebglSupport {
  available: boolean;
  /** Rendering on the CPU (SwiftShader, llvmpipe, Microsoft Basic Render): keep each frame cheap. */
  software: boolean;
}

let cached: WebglSupport | null = null;

/**
 * Whether this browser can create a WebGL context at all (school PCs often cannot: blocklisted
 * drivers, policies), and whether it renders in software. Checked once with a throw-away canvas
 * before a 3D chunk (and three.js) is loaded. No three.js here: page chunks import this.
 */
export function webglSupport(): WebglSupport {
  if (cached) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return (cached = { available: false, software: false });
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    cached = { available: true, software: /swiftshader|llvmpipe|software|basic render/i.test(renderer) };
  } catch {
    cached = { available: false, software: false };
  }
  return cached;
}

/** For tests: forget the answer. */
export function resetWebglCheck(): void {
  cached = null;
}
