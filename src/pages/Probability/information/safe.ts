/** The value of a core measure, or null when the core refuses the input (the readout then shows "—"). */
export function safe(f: () => number): number | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/** A formula written with log₂ (bits) rewritten with ln when the tab's unit is nats. */
export function inUnitTex(tex: string, unit: 'bits' | 'nats'): string {
  return unit === 'nats' ? tex.replaceAll('\\log_2', '\\ln') : tex;
}
