import { useId } from 'react';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { fraction } from './conditionalText';

const f = (v: number) => (Number.isFinite(v) ? fraction(v, 36).split(' ≈ ')[0] : '—');

/**
 * P(B) first, then A given B or given not B, with each leaf the product along its branch. Drawn in a fixed
 * viewBox that scales with the width, so nothing is clipped at 360 px.
 */
export function ProbabilityTree({
  pA,
  pB,
  pAB,
  pAGivenB,
}: {
  pA: number;
  pB: number;
  pAB: number;
  pAGivenB: number;
}) {
  const pNotB = 1 - pB;
  const pANotB = pA - pAB;
  const pAGivenNotB = pNotB > 0 ? pANotB / pNotB : NaN;
  const leaves = [
    { y: 24, name: 'A and B', edge: pAGivenB, edgeName: 'P(A | B)', p: pAB, from: 60 },
    { y: 96, name: 'not A and B', edge: 1 - pAGivenB, edgeName: 'P(not A | B)', p: pB - pAB, from: 60 },
    { y: 164, name: 'A and not B', edge: pAGivenNotB, edgeName: 'P(A | not B)', p: pANotB, from: 200 },
    {
      y: 236,
      name: 'not A and not B',
      edge: 1 - pAGivenNotB,
      edgeName: 'P(not A | not B)',
      p: pNotB - pANotB,
      from: 200,
    },
  ];
  const text = `Probability tree: P(B) = ${f(pB)}, P(not B) = ${f(pNotB)}; ${leaves.map((l) => `${l.edgeName} = ${f(l.edge)}, so P(${l.name}) = ${f(l.p)}`).join('; ')}.`;
  const descId = `chart-text${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <>
      <svg
        className="cond-tree"
        viewBox="0 0 620 260"
        role="img"
        aria-label="probability tree"
        aria-describedby={descId}
      >
        <circle cx={12} cy={130} r={5} className="tree-node" />
        <line x1={12} y1={130} x2={160} y2={60} className="tree-edge" />
        <line x1={12} y1={130} x2={160} y2={200} className="tree-edge" />
        <text x={20} y={62} className="tree-edge-label">
          P(B) = {f(pB)}
        </text>
        <text x={20} y={214} className="tree-edge-label">
          P(not B) = {f(pNotB)}
        </text>
        <text x={166} y={65} className="tree-node-label">
          B
        </text>
        <text x={166} y={205} className="tree-node-label">
          not B
        </text>
        {leaves.map((l) => (
          <g key={l.name}>
            <line x1={220} y1={l.from} x2={370} y2={l.y} className="tree-edge" />
            <text
              x={292}
              y={l.y < l.from ? (l.from + l.y) / 2 - 10 : (l.from + l.y) / 2 + 22}
              className="tree-edge-label"
            >
              {f(l.edge)}
            </text>
            <text x={376} y={l.y + 5} className="tree-leaf">
              {l.name}: {f(l.p)}
            </text>
          </g>
        ))}
      </svg>
      <ChartTextAlternative id={descId} text={{ description: text }} />
    </>
  );
}
