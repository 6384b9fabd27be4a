/** The value of a core measure, or null when the core refuses the input (the readout then shows "—"). */
export function safe(f: () => number): number | null {
  try {
    return f();
  } catch {
    return null;
  }
}
