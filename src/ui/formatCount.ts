/**
 * One formatter for counts across the app ("1,000,000"), the same output as `n.toLocaleString('en')`.
 * Chrome spends about 18 ms on the first locale lookup of a page; `toLocaleString` paid it inside the
 * first result to arrive (a long task on the main thread). Made and used once here, it is paid while
 * the page's code loads.
 */
const COUNT = new Intl.NumberFormat('en');
COUNT.format(0);

export function formatCount(n: number): string {
  return COUNT.format(n);
}
