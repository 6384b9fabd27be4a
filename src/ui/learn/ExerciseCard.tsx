import { useEffect, useId, useRef, useState } from 'react';
import { parseDecimal } from '../../core/numberText';
import type { Exercise, Verdict } from './types';

/** Reads the typed numbers of a prediction; null (with the reason) when one is not a number. */
function readNumbers(texts: string[], labels: readonly string[]): number[] | string {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const v = parseDecimal(texts[i]);
    if (v === null) return `type a number for ${labels[i]} first (for example 2.5 or -1e-3).`;
    out.push(v);
  }
  return out;
}

/**
 * One exercise: the prompt, the student's answer (a prediction typed first, or a task done on the
 * page), "Check", a hint and a worked solution that sets the page to it. The verdict is announced in
 * a role "status" element that starts with "Correct" or "Not yet".
 */
export function ExerciseCard({
  exercise,
  solved,
  focused,
  onSolved,
}: {
  exercise: Exercise;
  solved: boolean;
  focused: boolean;
  onSolved(): void;
}) {
  const { answer } = exercise;
  const id = useId();
  const [texts, setTexts] = useState(['', '']);
  const [choice, setChoice] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [hint, setHint] = useState(false);
  const [solution, setSolution] = useState(false);
  const card = useRef<HTMLElement>(null);

  useEffect(() => {
    if (focused) card.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  const check = () => {
    let v: Verdict;
    if (answer.kind === 'live') v = answer.check();
    else if (answer.kind === 'choice') {
      if (choice === null) return setVerdict({ ok: false, why: 'pick one of the options first.' });
      v = answer.check(choice);
    } else {
      const labels = answer.kind === 'number' ? [answer.label] : answer.labels;
      const read = readNumbers(texts.slice(0, labels.length), labels);
      if (typeof read === 'string') return setVerdict({ ok: false, why: read });
      v = answer.kind === 'number' ? answer.check(read[0]) : answer.check(read[0], read[1]);
    }
    setVerdict(v);
    if (v.ok) onSolved();
    // Predict, then reveal: the page now shows what the answer was about.
    if (answer.kind !== 'live') exercise.reveal?.();
  };

  const field = (i: number, label: string) => (
    <label className="learn-answer" key={label}>
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        aria-label={`${exercise.title}: ${label}`}
        value={texts[i]}
        onChange={(e) => setTexts((t) => t.map((x, k) => (k === i ? e.target.value : x)))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') check();
        }}
      />
    </label>
  );

  return (
    <article
      ref={card}
      className={`learn-exercise${focused ? ' learn-focused' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>
        {exercise.title}
        {solved && (
          <span className="learn-solved" aria-label="solved">
            {' '}
            ✓
          </span>
        )}
      </h3>
      <div className="learn-prompt">{exercise.prompt}</div>
      {answer.kind === 'number' && field(0, answer.label)}
      {answer.kind === 'pair' && answer.labels.map((l, i) => field(i, l))}
      {answer.kind === 'choice' && (
        <fieldset className="learn-choices">
          <legend className="visually-hidden">{exercise.title}: your answer</legend>
          {answer.options.map((o, i) => (
            <label key={o}>
              <input
                type="radio"
                name={`${id}-choice`}
                checked={choice === i}
                onChange={() => setChoice(i)}
              />{' '}
              {o}
            </label>
          ))}
        </fieldset>
      )}
      <div className="buttons">
        <button type="button" className="primary" onClick={check}>
          {answer.kind === 'live' ? 'Check the page' : 'Check'}
        </button>
        <button type="button" aria-expanded={hint} onClick={() => setHint((h) => !h)}>
          Hint
        </button>
        <button
          type="button"
          aria-expanded={solution}
          onClick={() => {
            setSolution(true);
            exercise.applySolution();
          }}
        >
          Show solution
        </button>
      </div>
      <p role="status" className={`learn-verdict${verdict ? (verdict.ok ? ' ok' : ' not-yet') : ''}`}>
        {verdict && (
          <>
            <strong>{verdict.ok ? 'Correct' : 'Not yet'}</strong>: {verdict.why}
          </>
        )}
      </p>
      {hint && <div className="learn-hint fine">Hint: {exercise.hint}</div>}
      {solution && (
        <div className="learn-solution">
          <strong>Solution.</strong> {exercise.solution}
        </div>
      )}
    </article>
  );
}
