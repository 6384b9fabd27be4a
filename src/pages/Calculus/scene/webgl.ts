let cached: boolean | null = null;

/**
 * Whether this browser can create a WebGL context at all (school PCs often cannot: blocklisted
 * drivers, policies). Checked once with a throw-away canvas before the 3D chunk is loaded.
 */
export function webglAvailable(): boolean {
  if (cached !== null) return cached;
  try {
    const canvas = document.createElement('canvas');
    cached = !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    cached = false;
  }
  return cached;
}
