import { memo, useId, useMemo, useState } from 'react';
import { ChartTextAlternative } from '../../../ui/ChartText';
import {
  computeHead,
  embeddingsOf,
  scalingDemo,
  SCALING_KEYS,
  usedTokens,
  type HeadResult,
} from '../../../stores/ml/deep/compute';
import { useDeepSlice, ATTENTION_KEYS } from './useSlice';
import { useDeepStore } from '../../../stores/ml/deep/store';
import { deepView, ENTRY_LIMIT, type DeepView } from '../../../stores/ml/deep/view';
import { useWidth } from '../../../ui/ChartFrame';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FieldNumber } from '../../../ui/FieldNumber';
import { FieldSlider } from '../../../ui/FieldSlider';
import { NumberField } from '../../../ui/NumberField';
import { formatNumber, Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { GridPicture } from './GridPicture';
import { texFactor, texMatrix, texNumber } from './tex';
import { VectorPlot, type PlotVector } from './VectorPlot';

const f = deepView.fields;
const W_NAMES = ['W_Q', 'W_K', 'W_V'] as const;
const entryProblem = (what: string) => (v: number) =>
  Number.isFinite(v) && Math.abs(v) <= ENTRY_LIMIT
    ? null
    : `${what} must be between −${ENTRY_LIMIT} and ${ENTRY_LIMIT}`;
const short = (w: string, i: number) => `${i + 1} ${w.length > 6 ? `${w.slice(0, 5)}…` : w}`;

/**
 * Attention: typed tokens with 2-D or 4-D embeddings, two heads with editable projections, Q, K, V, the
 * scaled scores and the softmax weights as heat maps, the outputs as weighted sums of V, the selected
 * score's dot product written out, and why the scores are divided by √d.
 */
export function AttentionSection({ width: outer }: { width: number }) {
  const [res, width] = useWidth<HTMLDivElement>(Math.max(240, outer - 340));
  const view = useDeepSlice(ATTENTION_KEYS);
  const set = useDeepStore((s) => s.set);
  const setDim = useDeepStore((s) => s.setDim);
  const reseed = useDeepStore((s) => s.reseed);
  const problems = deepView.problems(view);
  const tokens = usedTokens(view);
  const n = tokens.length;
  // An embedding or projection entry out of range (1e308) overflows the scores to ±∞ and every weight to
  // NaN: like a bad temperature, it keeps the last settings that worked on show.
  const usable = n >= 1 && !problems.temp && !problems.seed && !problems.emb && !problems.w1 && !problems.w2;
  const tokensNote = `deep-tokens-note${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [last, setLast] = useState(view);
  if (usable && last !== view) setLast(view);
  const shown = usable ? view : last;
  // Only what the embeddings depend on: a new temperature leaves the embedding editor alone.
  const { tokens: shownText, emb, dim } = shown;
  const shownTokens = useMemo(() => usedTokens({ ...deepView.defaults, tokens: shownText }), [shownText]);
  const X = useMemo(
    () => embeddingsOf({ ...deepView.defaults, tokens: shownText, emb, dim }),
    [shownText, emb, dim],
  );
  const heads = useMemo(() => [computeHead(shown, 1, X), computeHead(shown, 2, X)], [shown, X]);
  const qi = Math.min(shown.q, shownTokens.length) - 1;
  const kj = Math.min(shown.k, shownTokens.length) - 1;
  const head = heads[shown.head - 1];
  /** The score cell under the pointer (head, query, key): its arithmetic is written out while hovered. */
  const [hover, setHover] = useState<[number, number, number] | null>(null);
  const two = width >= 600;
  const plotSize = Math.max(220, Math.min(300, two ? (width - 40) / 2 : width - 20));
  return (
    <section className="deep-section" aria-labelledby="deep-att-title">
      <h3 id="deep-att-title">Attention</h3>
      <div className="deep-layout">
        <div className="controls">
          <fieldset className="panel">
            <legend>Tokens and embeddings</legend>
            <label className="field">
              <span>tokens (3 to 8 words)</span>
              <input
                type="text"
                aria-label="tokens"
                value={view.tokens}
                spellCheck={false}
                aria-invalid={problems.tokens ? true : undefined}
                aria-describedby={problems.tokens ? tokensNote : undefined}
                onChange={(e) => set('tokens', e.target.value)}
              />
            </label>
            <ErrorNote id={tokensNote}>{problems.tokens}</ErrorNote>
            <label className="field">
              <span>embedding dimension</span>
              <select
                aria-label="embedding dimension"
                value={String(view.dim)}
                onChange={(e) => setDim(Number(e.target.value) as 2 | 4)}
              >
                <option value="2">2 (drag the tokens)</option>
                <option value="4">4</option>
              </select>
            </label>
            <EmbeddingEditor tokens={shownTokens} X={X} dim={shown.dim} size={Math.min(260, outer - 40)} />
          </fieldset>
          <fieldset className="panel">
            <legend>Attention</legend>
            <FieldSlider
              field={f.temp}
              value={view.temp}
              view={view}
              onChange={(v) => set('temp', v)}
              max={3}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={view.causal}
                onChange={(e) => set('causal', e.target.checked)}
              />{' '}
              causal mask
            </label>
            <div className="deep-row">
              <label className="field">
                <span>query token</span>
                <select
                  aria-label="query token"
                  value={qi + 1}
                  onChange={(e) => set('q', Number(e.target.value))}
                >
                  {shownTokens.map((t, i) => (
                    <option key={i} value={i + 1}>
                      {i + 1}: {t}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>key token</span>
                <select
                  aria-label="key token"
                  value={kj + 1}
                  onChange={(e) => set('k', Number(e.target.value))}
                >
                  {shownTokens.map((t, i) => (
                    <option key={i} value={i + 1}>
                      {i + 1}: {t}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span>head</span>
                <select
                  aria-label="head"
                  value={String(view.head)}
                  onChange={(e) => set('head', Number(e.target.value))}
                >
                  <option value="1">head 1</option>
                  <option value="2">head 2</option>
                </select>
              </label>
            </div>
            <FieldNumber
              field={f.seed}
              value={view.seed}
              view={view}
              onCommit={(v) => reseed(v)}
              caption="seed of the random W_Q, W_K, W_V"
            />
          </fieldset>
        </div>
        <div className="results" ref={res}>
          <section className="readouts deep-readouts" aria-label="attention readouts">
            <Readout
              label="attention score"
              value={head.scores[qi][kj]}
              title={`head ${shown.head}, query ${qi + 1}, key ${kj + 1}`}
            />
            <Readout
              label="attention weight"
              value={head.weights[qi][kj]}
              title={`head ${shown.head}, query ${qi + 1}, key ${kj + 1}`}
            />
          </section>
          {!usable && (
            <ErrorNote>Fix the highlighted field: the heads show the last settings that worked.</ErrorNote>
          )}
          {shown.temp === 0 && (
            <p className="deep-note" role="status">
              Temperature 0 is taken as its limit T → 0⁺: each row of weights puts all its weight on its
              largest score (one-hot; ties share it equally). The scores shown are QKᵀ/√d, since dividing by 0
              has no value.
            </p>
          )}
          <SelectedCell
            view={hover ? { ...shown, head: hover[0] } : shown}
            head={hover ? heads[hover[0] - 1] : head}
            qi={hover ? Math.min(hover[1], shownTokens.length - 1) : qi}
            kj={hover ? Math.min(hover[2], shownTokens.length - 1) : kj}
            tokens={shownTokens}
            hovered={!!hover}
          />
          <div className={two ? 'deep-heads deep-heads-two' : 'deep-heads'}>
            {heads.map((h, idx) => (
              <HeadPanel
                key={idx}
                index={(idx + 1) as 1 | 2}
                head={h}
                view={shown}
                tokens={shownTokens}
                qi={qi}
                kj={kj}
                plotSize={plotSize}
                onHover={(cell) => setHover(cell ? [idx + 1, cell[0], cell[1]] : null)}
              />
            ))}
          </div>
          <ScalingDemo d={view.d} seed={view.seed} width={width} />
        </div>
      </div>
    </section>
  );
}

/** The selected score and weight with their arithmetic. */
function SelectedCell({
  view,
  head,
  qi,
  kj,
  tokens,
  hovered,
}: {
  view: DeepView;
  head: HeadResult;
  qi: number;
  kj: number;
  tokens: string[];
  hovered: boolean;
}) {
  const d = head.Q[0].length;
  const q = head.Q[qi];
  const k = head.K[kj];
  const dot = q.reduce((s, x, t) => s + x * k[t], 0);
  const masked = view.causal && kj > qi;
  const T = view.temp;
  const denom = T === 0 ? `\\sqrt{${d}}` : `\\sqrt{${d}}\\cdot ${texNumber(T)}`;
  return (
    <div className="deep-window" aria-live="polite">
      <p>
        {hovered ? 'Under the pointer: head' : 'Head'} {view.head}, query “{tokens[qi]}” ({qi + 1}) and key “
        {tokens[kj]}” ({kj + 1}):
      </p>
      <div className="deep-sum">
        <Tex
          tex={`q_{${qi + 1}}\\cdot k_{${kj + 1}} = ${q.map((x, t) => `${texFactor(x)}\\cdot${texFactor(k[t])}`).join(' + ')} = ${texNumber(dot)}`}
        />
      </div>
      {masked ? (
        <p>
          The causal mask hides key {kj + 1} from query {qi + 1} (a later token): its score is −∞ and its
          weight exactly 0.
        </p>
      ) : (
        <div className="deep-sum">
          <Tex
            tex={`s_{${qi + 1}${kj + 1}} = \\frac{${texNumber(dot)}}{${denom}} = ${texNumber(head.scores[qi][kj])}, \\qquad w_{${qi + 1}${kj + 1}} = ${T === 0 ? `\\lim_{T\\to0^+}\\operatorname{softmax} = ${texNumber(head.weights[qi][kj])}` : `\\frac{e^{s_{${qi + 1}${kj + 1}}}}{\\sum_j e^{s_{${qi + 1}j}}} = ${texNumber(head.weights[qi][kj])}`}`}
          />
        </div>
      )}
    </div>
  );
}

function HeadPanel({
  index,
  head,
  view,
  tokens,
  qi,
  kj,
  plotSize,
  onHover,
}: {
  onHover: (cell: [number, number] | null) => void;
  index: 1 | 2;
  head: HeadResult;
  view: DeepView;
  tokens: string[];
  qi: number;
  kj: number;
  plotSize: number;
}) {
  const set = useDeepStore((s) => s.set);
  const setProjection = useDeepStore((s) => s.setProjection);
  const [editing, setEditing] = useState(false);
  const labels = tokens.map(short);
  const keys = tokens.map((_, i) => String(i + 1));
  const n = tokens.length;
  const cell = Math.max(30, Math.min(46, Math.floor((plotSize - 70) / n)));
  const selected = view.head === index;
  const pick = (r: number, c: number) => {
    set('q', r + 1);
    set('k', c + 1);
    set('head', index);
  };
  const vectors: PlotVector[] =
    view.dim === 2
      ? [
          ...head.V.map((v, j) => ({
            x: v[0],
            y: v[1],
            label: `v${j + 1}`,
            kind: 'point' as const,
            tone: 'muted' as const,
          })),
          ...head.output.map((o, i) => ({
            x: o[0],
            y: o[1],
            label: i === qi ? `out${i + 1}` : '',
            kind: 'arrow' as const,
            tone: i === qi ? ('accent' as const) : ('second' as const),
            strong: i === qi,
          })),
        ]
      : [];
  return (
    <section
      className={`panel deep-head${selected ? ' deep-head-selected' : ''}`}
      aria-label={`head ${index}`}
    >
      <h4>Head {index}</h4>
      <div className="deep-tex-scroll deep-qkv">
        <Tex tex={`Q = XW_Q = ${texMatrix(head.Q)}`} />
        <Tex tex={`K = XW_K = ${texMatrix(head.K)}`} />
        <Tex tex={`V = XW_V = ${texMatrix(head.V)}`} />
      </div>
      <div className="deep-w">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Hide' : 'Edit'} W_Q, W_K, W_V of head {index} ({view.dim} × {view.dim})
        </button>
        {editing && (
          <>
            {head.W.map((M, m) => (
              <div key={m} className="deep-w-matrix">
                <span>{W_NAMES[m]}</span>
                <div
                  className="deep-kernel-cells"
                  style={{ gridTemplateColumns: `repeat(${view.dim}, minmax(0, 1fr))` }}
                >
                  {M.map((row, r) =>
                    row.map((x, c) => (
                      <NumberField
                        key={`${view.dim}-${r}-${c}`}
                        label={`head ${index} ${W_NAMES[m]} ${r + 1},${c + 1}`}
                        value={x}
                        step={0.1}
                        problem={entryProblem('entries of W')(x)}
                        onCommit={(v) => setProjection(index, m, r, c, v)}
                      />
                    )),
                  )}
                </div>
              </div>
            ))}
          </>
        )}
      </div>
      <figure>
        <GridPicture
          values={head.scores}
          cell={cell}
          mode="signed"
          numbers
          fixed={2}
          rowLabels={labels}
          colLabels={keys}
          title={`head ${index} scores QKᵀ/√d${view.temp !== 1 ? ' divided by the temperature' : ''}: rows are queries, columns keys`}
          mark={{ r: qi, c: kj, h: 1, w: 1 }}
          onCell={pick}
          onHover={onHover}
        />
        <figcaption>
          scores {view.temp === 0 ? 'QKᵀ/√d' : view.temp === 1 ? 'QKᵀ/√d' : 'QKᵀ/(√d·T)'} (point at a cell for
          its arithmetic; click to select it)
        </figcaption>
      </figure>
      <figure>
        <GridPicture
          values={head.weights}
          cell={cell}
          mode="signed"
          scale={1}
          numbers
          fixed={2}
          rowLabels={labels}
          colLabels={keys}
          title={`head ${index} attention weights: the softmax of each row of scores${view.causal ? ' with the causal mask' : ''}`}
          mark={{ r: qi, c: kj, h: 1, w: 1 }}
          onCell={pick}
        />
        <figcaption>weights, row softmax{view.causal ? ', causal' : ''} (each row sums to 1)</figcaption>
      </figure>
      {view.dim === 2 ? (
        <figure>
          <VectorPlot
            size={plotSize}
            title={`head ${index} outputs as weighted sums of the values`}
            description={head.output
              .map(
                (o, i) =>
                  `output ${i + 1} (${tokens[i]}) = (${formatNumber(o[0], 3)}, ${formatNumber(o[1], 3)})`,
              )
              .join('; ')}
            vectors={vectors}
            minExtent={0.5}
          />
          <figcaption>
            values v<sub>j</sub> (dots) and outputs Σ<sub>j</sub> w<sub>ij</sub> v<sub>j</sub> (arrows; query{' '}
            {qi + 1} bold)
          </figcaption>
        </figure>
      ) : (
        <div className="deep-tex-scroll">
          <Tex tex={`\\text{output} = WV = ${texMatrix(head.output)}`} />
        </div>
      )}
      <p className="fine">
        Output {qi + 1} = {head.weights[qi].map((w, j) => `${formatNumber(w, 3)}·v${j + 1}`).join(' + ')}
        {kj >= 0 ? '' : ''}.
      </p>
    </section>
  );
}

/** Random query and keys in dimension d: raw dot products spread like √d, so an unscaled softmax saturates. */
const ScalingDemo = memo(function ScalingDemo({
  d: typed,
  seed,
  width,
}: {
  d: number;
  seed: number;
  width: number;
}) {
  const view = { d: typed };
  const d = deepView.problem('d', typed) ? 64 : typed;
  const demo = useMemo(() => scalingDemo(d, seed), [d, seed]);
  const barW = Math.max(240, Math.min(520, width - 30));
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const bar = (ws: number[], cls: string, label: string) => (
    <>
      <svg
        aria-describedby={`deep-bars-${uid}-${cls.length}`}
        className="deep-bars"
        width={barW}
        height={70}
        role="img"
        aria-label={`${label}: ${ws.map((w) => formatNumber(w, 3)).join(', ')}`}
      >
        {ws.map((w, j) => {
          const bw = (barW - 10) / SCALING_KEYS;
          return (
            <g key={j}>
              <rect className="deep-bar-bg" x={5 + j * bw + 2} y={4} width={bw - 4} height={48} />
              <rect className={cls} x={5 + j * bw + 2} y={4 + 48 * (1 - w)} width={bw - 4} height={48 * w} />
              <text className="deep-tick" x={5 + j * bw + bw / 2} y={66} textAnchor="middle">
                {formatNumber(w, 2)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTextAlternative
        id={`deep-bars-${uid}-${cls.length}`}
        text={{
          description: `${label}, one bar per key in dimension ${d}: ${ws.map((w) => formatNumber(w, 3)).join(', ')}.`,
        }}
      />
    </>
  );
  const sd = Math.sqrt(demo.raw.reduce((s, x) => s + x * x, 0) / demo.raw.length);
  return (
    <section className="panel deep-scaling" aria-label="why divide by the square root of d">
      <h4>Why divide by √d</h4>
      <FieldSlider
        field={deepView.fields.d}
        value={view.d}
        view={view}
        onChange={(v) => useDeepStore.getState().set('d', v)}
      />
      <p className="fine">
        One query and {SCALING_KEYS} keys with independent standard normal entries in dimension {d}: each dot
        product q·k is a sum of {d} products, so its spread grows like √{d} ≈ {formatNumber(Math.sqrt(d), 3)}{' '}
        (here the scores&apos; root mean square is {formatNumber(sd, 3)}).
      </p>
      <p className="deep-bar-title">
        softmax of q·k, unscaled (largest weight {formatNumber(Math.max(...demo.unscaledWeights), 3)})
      </p>
      {bar(demo.unscaledWeights, 'deep-bar deep-bar-raw', 'weights without scaling')}
      <p className="deep-bar-title">
        softmax of q·k/√d (largest weight {formatNumber(Math.max(...demo.scaledWeights), 3)})
      </p>
      {bar(demo.scaledWeights, 'deep-bar deep-bar-scaled', 'weights with scaling')}
      <p className="fine">
        Without the scaling a large d pushes the softmax to one-hot: its gradient with respect to the losing
        scores is then almost 0, and training stalls. Divided by √d the scores have spread about 1 for every
        d.
      </p>
    </section>
  );
});

/** The tokens' embeddings: dragged in 2-D, typed in a table (re-rendered only when they change). */
const EmbeddingEditor = memo(function EmbeddingEditor({
  tokens: shownTokens,
  X,
  dim,
  size,
}: {
  tokens: string[];
  X: number[][];
  dim: number;
  size: number;
}) {
  const setEmbedding = useDeepStore((s) => s.setEmbedding);
  return (
    <>
      {dim === 2 && (
        <VectorPlot
          size={size}
          title="token embeddings"
          description={shownTokens
            .map((t, i) => `${t}: (${formatNumber(X[i][0], 3)}, ${formatNumber(X[i][1], 3)})`)
            .join('; ')}
          vectors={X.map((x, i) => ({
            x: x[0],
            y: x[1],
            label: short(shownTokens[i], i),
            kind: 'point',
            tone: 'accent',
          }))}
          onMove={(i, x, y) => {
            setEmbedding(i, 0, x);
            setEmbedding(i, 1, y);
          }}
        />
      )}
      <table className="deep-emb">
        <caption>embedding x of each token (one row each)</caption>
        <tbody>
          {X.map((x, i) => (
            <tr key={i}>
              <th scope="row">{short(shownTokens[i], i)}</th>
              {x.map((v, c) => (
                <td key={c}>
                  <NumberField
                    label={`embedding ${i + 1},${c + 1}`}
                    value={v}
                    step={0.1}
                    problem={entryProblem('embedding entries')(v)}
                    onCommit={(val) => setEmbedding(i, c, val)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
});
