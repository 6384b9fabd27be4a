/** Moved to the core (ui needs it too, and ui reads no store); kept until the last store imports it from there. */
export { formatExact, parseDecimal } from '../core/numberText';
