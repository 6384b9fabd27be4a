/** ln √(2π), the constant of Stirling's series and of every Gaussian normalisation. */
export const LN_SQRT_2PI = 0.9189385332046728;

/** ln(2π). */
export const LN_2PI = 1.8378770664093456;

/** √(2π). */
export const SQRT_2PI = 2.5066282746310007;

/** 1/√π. */
export const INV_SQRT_PI = 0.5641895835477563;

/** Unit roundoff of float64, the tolerance at which the iterative series and continued fractions stop. */
export const EPS = 2.220446049250313e-16;

/** Smallest normal float64; Lentz's algorithm replaces exact zeros by it. */
export const TINY = 2.2250738585072014e-308;
