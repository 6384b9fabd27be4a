import { formatNumber } from '../../ui/Readout';

/** Within this of 0 a value is shown as 0 (cos 90° = 6.1e-17 is float noise, not a number to read). */
export const SHOWN_ZERO = 1e-15;

/** The rounded text of a matrix cell: 6 significant digits, |x| ≤ 1e-15 as 0 (NumberField's `format`). */
export const roundedText = (x: number): string =>
  Math.abs(x) <= SHOWN_ZERO ? '0' : formatNumber(x, 6).replace('−', '-');
