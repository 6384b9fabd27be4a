/**
 * The lecture deck of issue 20 (five calculus scenes with three optimizers each, two CLT scenes, a title and a
 * one-sentence note each), its addresses written by the views' own codecs as "Add to deck" writes them. Shared
 * by the unit test of the short link and the share e2e.
 */
import { DECK_VERSION, type Deck, type Scene } from '../../../src/app/deck/deckCodec';
import { calculusView } from '../../../src/stores/calculus/view';
import { cltView } from '../../../src/stores/probability/clt/view';

const deck = (scenes: Scene[]): Deck => ({ version: DECK_VERSION, scenes });

/** A scene address as "Add to deck" writes it: the view decoded, then encoded complete (every setting). */
function calculusScene(query: string): string {
  const { view, ignored } = calculusView.decode(new URLSearchParams(query));
  if (ignored.length > 0) throw new Error(`${query}: ${ignored.join('; ')}`);
  return `#/calculus?${calculusView.encode(view, { complete: true })}`;
}
function cltScene(query: string): string {
  const { view, ignored } = cltView.decode(new URLSearchParams(`v=1&tab=clt&${query}`));
  if (ignored.length > 0) throw new Error(`${query}: ${ignored.join('; ')}`);
  return `#/probability?${cltView.encode(view, { complete: true })}`;
}
const f = (expr: string) => encodeURIComponent(expr);

/** The lecture deck of issue 20: five calculus scenes with three optimizers each, two CLT scenes. */
export const LECTURE: Deck = deck([
  {
    hash: calculusScene(`v=1&f=${f('x^2 + 10*y^2')}&domain=-3,3,-2,2&start=-2.5,1.5&opt=gd,momentum,adam`),
    title: 'Gradient descent on a bowl',
    note: 'Predict which optimizer reaches the minimum first before pressing Run.',
  },
  {
    hash: calculusScene(
      `v=1&f=${f('x^2 + 50*y^2')}&domain=-3,3,-2,2&start=-2.5,1&opt=gd,nesterov,rmsprop&gd.lr=0.015`,
    ),
    title: 'Conditioning: a narrow valley',
    note: 'A condition number of 50 makes plain gradient descent zigzag across the valley.',
  },
  {
    hash: calculusScene(
      `v=1&f=${f('(1 - x)^2 + 100*(y - x^2)^2')}&domain=-2,2,-1,3&start=-1.5,2&steps=2000&opt=gd,adam,newton`,
    ),
    title: 'Rosenbrock banana',
    note: 'Adam follows the curved valley while Newton jumps straight to the minimum.',
  },
  {
    hash: calculusScene(`v=1&opt=gd,adagrad,adam&adam.lr=0.05`),
    title: 'Himmelblau: four minima',
    note: 'Each optimizer may settle in a different minimum from the same start.',
  },
  {
    hash: calculusScene(`v=1&f=${f('x^2 - y^2')}&domain=-2,2,-2,2&start=-1.5,0.01&opt=gd,momentum,newton`),
    title: 'A saddle point',
    note: 'Newton is attracted to the saddle; gradient descent slides off it.',
  },
  {
    hash: cltScene('clt.dist=exponential&clt.rate=1&clt.draws=5'),
    title: 'CLT with exponential draws',
    note: 'The mean of five skewed draws already looks almost normal.',
  },
  {
    hash: cltScene('clt.dist=uniform&clt.a=0&clt.b=1&clt.draws=30'),
    title: 'CLT with uniform draws',
    note: 'With thirty draws the histogram sits on the normal curve.',
  },
]);
