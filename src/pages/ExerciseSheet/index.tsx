/**
 * The teacher's exercise sheet: pick exercises across pages, and get a link (the picks and the seed of the
 * numbers are in the address) and a printable sheet with the questions and, on a page of its own, the
 * answers. Exercises with parameters take their numbers from the seed; a student number gives each student
 * their own numbers from the same link.
 */
import { useEffect, useState } from 'react';
import { useQueryParam, writeQuery } from '../../app/router';
import { LEARNING_PATHS } from '../../app/learningPaths';
import type { Exercise } from '../../ui/learn/types';
import { freshSeed, readSeed } from '../../ui/learn/variants';
import { answerText, pathPick, SHEET_PAGES, sheetExercise, sheetInstance, studentSeed } from './registry';
import { MAX_STUDENT, PRINTS, sheetQuery, sheetView, type Print, type SheetView } from './view';
import './sheet.css';

const PATH = '/exercise-sheet';
const PRINT_LABELS: Record<Print, string> = {
  both: 'questions, then the answers on a new page',
  questions: 'questions only',
  answers: 'answers only',
};

/** The blanks a question leaves for the answer. */
function Blanks({ e }: { e: Exercise }) {
  const a = e.answer;
  if (a.kind === 'number' || a.kind === 'pair') {
    const labels = a.kind === 'number' ? [a.label] : a.labels;
    return (
      <p className="sheet-blanks">
        {labels.map((l) => (
          <span key={l}>
            {l} = <span className="sheet-blank" aria-hidden="true" />
          </span>
        ))}
      </p>
    );
  }
  if (a.kind === 'choice')
    return (
      <ul className="sheet-options">
        {a.options.map((o) => (
          <li key={o}>☐ {o}</li>
        ))}
      </ul>
    );
  return <p className="fine">A task on the page: describe what you set and why it works.</p>;
}

export default function ExerciseSheetPage() {
  // The sheet's view, decoded from its address by its declaration (sheetView).
  const keys = ['v', 'pick', 'seed', 'student', 'print'] as const;
  const raw = [
    useQueryParam('v'),
    useQueryParam('pick'),
    useQueryParam('seed'),
    useQueryParam('student'),
    useQueryParam('print'),
  ];
  const query = new URLSearchParams();
  keys.forEach((k, i) => {
    if (raw[i] !== null) query.set(k, raw[i]!);
  });
  const { view } = sheetView.decode(query);
  const { pick, student, print } = view;
  const seed = view.seed > 0 ? view.seed : null;
  const state: SheetView = { ...view, seed: seed ?? 1 };
  // What is typed in the number fields, kept while it is not (yet) a valid value of the address's.
  const [seedTyped, setSeedTyped] = useState<{ text: string; at: number } | null>(null);
  const [studentTyped, setStudentTyped] = useState<{ text: string; at: number } | null>(null);
  const seedField = seedTyped && seedTyped.at === state.seed ? seedTyped.text : String(state.seed);
  const studentField = studentTyped && studentTyped.at === student ? studentTyped.text : String(student);

  const write = (next: Partial<SheetView>, mode: 'push' | 'replace' = 'replace') =>
    writeQuery(PATH, sheetQuery({ ...state, ...next }), mode);

  // A sheet needs a seed in its address: the link then reproduces its numbers.
  useEffect(() => {
    if (seed === null) write({ seed: freshSeed() });
    document.documentElement.setAttribute('data-print-sheet', '');
    return () => document.documentElement.removeAttribute('data-print-sheet');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seed === null]);

  const toggle = (id: string, on: boolean) =>
    write({ pick: on ? [...pick, id] : pick.filter((x) => x !== id) }, 'push');
  const own = studentSeed(state.seed, student);
  const chosen = pick.flatMap((id) => {
    const e = sheetInstance(id, own);
    const where = sheetExercise(id)?.page;
    return e && where ? [{ id, e, where }] : [];
  });
  const link = `${window.location.origin}${window.location.pathname}#${PATH}?${sheetQuery(state)}`;
  const seedProblem = readSeed(seedField) === null ? 'a whole number from 1 to 2147483647' : null;

  return (
    <section className="page exercise-sheet" data-print={print}>
      <h1>Exercise sheet</h1>
      <div className="sheet-controls">
        <p className="lede">
          Pick exercises from any page. Exercises with parameters take their numbers from the seed, so the
          link below gives everyone the same sheet; with a student number each student gets their own numbers
          from the same link. Print the questions and, separately, the answers.
        </p>
        <div className="sheet-paths buttons" role="group" aria-label="Pick a path's exercises">
          {LEARNING_PATHS.map((p) => (
            <button key={p.id} type="button" onClick={() => write({ pick: pathPick(p.id) }, 'push')}>
              {p.title} path’s exercises
            </button>
          ))}
          <button type="button" onClick={() => write({ pick: [] }, 'push')} disabled={pick.length === 0}>
            Clear
          </button>
        </div>
        <div className="sheet-picker">
          {SHEET_PAGES.map((p) => (
            <fieldset key={p.page}>
              <legend>{p.label}</legend>
              {p.exercises.map((e) => {
                const id = `${p.page}/${e.id}`;
                return (
                  <label key={id}>
                    <input
                      type="checkbox"
                      checked={pick.includes(id)}
                      onChange={(ev) => toggle(id, ev.target.checked)}
                    />{' '}
                    {e.title}
                    {e.variant && <span className="fine"> (new numbers per seed)</span>}
                  </label>
                );
              })}
            </fieldset>
          ))}
        </div>
        <div className="sheet-settings">
          <label>
            <span>seed</span>
            <input
              type="number"
              min={1}
              max={2147483647}
              step={1}
              value={seedField}
              aria-invalid={seedProblem !== null}
              onChange={(ev) => {
                const s = readSeed(ev.target.value);
                setSeedTyped({ text: ev.target.value, at: s ?? state.seed });
                if (s !== null) write({ seed: s });
              }}
            />
          </label>
          <button type="button" onClick={() => write({ seed: freshSeed(state.seed) }, 'push')}>
            New numbers
          </button>
          <label>
            <span>student number</span>
            <input
              type="number"
              min={0}
              max={MAX_STUDENT}
              step={1}
              value={studentField}
              onChange={(ev) => {
                const n = Number(ev.target.value);
                const ok = ev.target.value !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_STUDENT;
                setStudentTyped({ text: ev.target.value, at: ok ? n : student });
                if (ok) write({ student: n });
              }}
            />
          </label>
          <label>
            <span>print</span>
            <select value={print} onChange={(ev) => write({ print: ev.target.value as Print })}>
              {PRINTS.map((p) => (
                <option key={p} value={p}>
                  {PRINT_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={() => window.print()} disabled={!chosen.length}>
            Print
          </button>
        </div>
        {seedProblem && (
          <p className="field-problem" role="alert">
            seed: {seedProblem}.
          </p>
        )}
        <p className="fine sheet-link">
          <a href={`#${PATH}?${sheetQuery(state)}`}>Link to this sheet</a>:{' '}
          <output aria-label="sheet link" data-value={link}>
            {link}
          </output>
          {student === 0 && ' (each student adds their number under “student number”)'}
        </p>
      </div>
      {chosen.length === 0 ? (
        <p className="notice sheet-empty">Pick at least one exercise above, or a path’s exercises.</p>
      ) : (
        <>
          <article className="sheet sheet-questions" aria-labelledby="sheet-questions">
            <h2 id="sheet-questions">
              Questions{' '}
              <span className="fine">
                (seed {state.seed}
                {student ? `, student ${student}` : ''})
              </span>
            </h2>
            <ol>
              {chosen.map(({ id, e, where }) => (
                <li key={id}>
                  <h3>
                    {e.title} <span className="fine">({where.label})</span>
                  </h3>
                  <div className="sheet-prompt">{e.prompt}</div>
                  <Blanks e={e} />
                </li>
              ))}
            </ol>
          </article>
          <article className="sheet sheet-answers" aria-labelledby="sheet-answers">
            <h2 id="sheet-answers">
              Answers{' '}
              <span className="fine">
                (seed {state.seed}
                {student ? `, student ${student}` : ''})
              </span>
            </h2>
            <ol>
              {chosen.map(({ id, e }) => {
                const answer = answerText(e);
                return (
                  <li key={id}>
                    <h3>{e.title}</h3>
                    {answer && (
                      <p>
                        <strong>Answer:</strong> <span className="sheet-answer">{answer}</span>
                      </p>
                    )}
                    <div className="sheet-solution">{e.solution}</div>
                  </li>
                );
              })}
            </ol>
          </article>
        </>
      )}
    </section>
  );
}
