import { useEffect, useId, useRef, useState } from 'react';
import { parseDecimal } from '../../core/numberText';
import { directionFeedback } from './feedback';
import { useLearnUi } from './learnUiStore';
import { ATTEMPTS_BEFORE_ANSWER, type Exercise, type ExerciseRecord, type Verdict } from './types';
import { exerciseLink, freshSeed } from './variants';

/** Reads the typed numbers of a prediction; the reason when one is not a number. */
function readNumbers(texts: readonly string[], labels: readonly string[]): number[] | string {
  const out: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const v = parseDecimal(texts[i] ?? '');
    if (v === null) return `type a number for ${labels[i]} first (for example 2.5 or -1e-3).`;
    out.push(v);
  }
  return out;
}

/** What the card says after a check: the word, the text, and whether the text names the answer. */
interface Said {
  ok: boolean;
  text: string;
}

const EMPTY_DRAFT = { texts: ['', ''], choice: null };

/**
 * One exercise: the prompt, the student's answer (a prediction typed first, or a task done on the page),
 * "Check", hints and a worked solution. A wrong prediction is told which way it is off (too high / too
 * low, per part) and gets the next hint, never the value: the answer appears with "Show solution" or after
 * the third wrong attempt. Attempts and hints are recorded through the callbacks. The verdict is announced
 * in a role "status" element that starts with "Correct" or "Not yet".
 */
export function ExerciseCard({
  exercise,
  variable = false,
  seed = null,
  onNewNumbers,
  draftId,
  record,
  focused,
  onAttempt,
  onHints,
  onReveal,
}: {
  /** The exercise with its current numbers (see `variable`). */
  exercise: Exercise;
  /** The exercise has parameters: "New numbers" gives a fresh seeded instance. */
  variable?: boolean;
  /** The seed of the numbers shown (null: as written). */
  seed?: number | null;
  onNewNumbers?(): void;
  /** `<page>/<id>`: where the typed answer (and the seed) is kept. */
  draftId: string;
  record: ExerciseRecord;
  focused: boolean;
  onAttempt(ok: boolean): void;
  onHints(shown: number): void;
  onReveal(): void;
}) {
  const { answer } = exercise;
  const id = useId();
  const draft = useLearnUi((s) => s.drafts[draftId]) ?? EMPTY_DRAFT;
  const setDraft = useLearnUi((s) => s.setDraft);
  const setSeed = useLearnUi((s) => s.setSeed);
  // The page's address moves on as the student works: the link is rebuilt when it is about to be used.
  const [, refresh] = useState(0);
  const linkNow = () => exerciseLink(window.location.hash, draftId, seed);
  const [heard, setHeard] = useState<(Said & { attempts: number }) | null>(null);
  const card = useRef<HTMLElement>(null);
  const hints = [exercise.hint, ...(exercise.moreHints ?? [])];
  // Hints shown are the record's (so Reset hides them again); a verdict is shown while the attempts it
  // followed are still on record.
  const hintsShown = Math.min(record.hints, hints.length);
  const said = heard && heard.attempts <= record.attempts ? heard : null;
  const revealed = record.revealed;
  const wrongLeft = Math.max(0, ATTEMPTS_BEFORE_ANSWER - record.wrong);

  useEffect(() => {
    if (focused) card.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const showHints = (n: number) => onHints(Math.min(hints.length, Math.max(hintsShown, n)));
  /** Says `s` after `attempts` recorded attempts. */
  const say = (s: Said, attempts = record.attempts) => setHeard({ ...s, attempts });

  const check = () => {
    let v: Verdict;
    let values: number[] = [];
    let labels: readonly string[] = [];
    if (answer.kind === 'live') v = answer.check();
    else if (answer.kind === 'choice') {
      if (draft.choice === null) return say({ ok: false, text: 'pick one of the options first.' });
      v = answer.check(draft.choice);
    } else {
      labels = answer.kind === 'number' ? [answer.label] : answer.labels;
      const read = readNumbers(draft.texts, labels);
      if (typeof read === 'string') return say({ ok: false, text: read });
      values = read;
      v = answer.kind === 'number' ? answer.check(read[0]) : answer.check(read[0], read[1]);
    }
    if (v.problem) return say({ ok: false, text: v.why });
    onAttempt(v.ok);
    if (v.ok) {
      say({ ok: true, text: v.why }, record.attempts + 1);
      // Predict, then reveal: the page now shows what the answer was about.
      if (answer.kind !== 'live') exercise.reveal?.();
      return;
    }
    const wrong = record.wrong + 1;
    const nowRevealed = revealed || wrong >= ATTEMPTS_BEFORE_ANSWER;
    if (nowRevealed && !revealed) {
      onReveal();
      if (answer.kind !== 'live') exercise.reveal?.();
    }
    showHints(Math.min(wrong, hints.length));
    if (answer.kind === 'live' || nowRevealed) return say({ ok: false, text: v.why }, record.attempts + 1);
    const key = answer.kind === 'choice' ? undefined : answer.key;
    const direction = key ? directionFeedback(key, values, labels) : null;
    const left = ATTEMPTS_BEFORE_ANSWER - wrong;
    const tries = `${left} more ${left === 1 ? 'try' : 'tries'} before the answer is shown`;
    say(
      {
        ok: false,
        text: `${direction ?? (answer.kind === 'choice' ? 'not this one.' : 'not this value.')} See the hint; ${tries}.`,
      },
      record.attempts + 1,
    );
  };

  const texts = draft.texts;
  const field = (i: number, label: string) => (
    <label className="learn-answer" key={label}>
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        aria-label={`${exercise.title}: ${label}`}
        value={texts[i] ?? ''}
        onChange={(e) =>
          setDraft(draftId, {
            ...draft,
            texts: [0, 1].map((k) => (k === i ? e.target.value : (texts[k] ?? ''))),
          })
        }
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
      data-exercise={draftId}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>
        {exercise.title}
        {record.solved && (
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
                checked={draft.choice === i}
                onChange={() => setDraft(draftId, { ...draft, choice: i })}
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
        {hintsShown < hints.length && (
          <button type="button" onClick={() => showHints(hintsShown + 1)}>
            {hintsShown === 0 ? 'Hint' : 'Another hint'}
          </button>
        )}
        <button
          type="button"
          aria-expanded={revealed}
          onClick={() => {
            onReveal();
            exercise.applySolution();
          }}
        >
          Show solution
        </button>
      </div>
      {variable && (
        <div className="buttons learn-numbers">
          <button
            type="button"
            onClick={() => {
              setSeed(draftId, freshSeed(seed));
              setHeard(null);
              onNewNumbers?.();
            }}
          >
            New numbers
          </button>
          <a
            className="fine"
            href={linkNow()}
            onFocus={() => refresh((n) => n + 1)}
            onPointerEnter={() => refresh((n) => n + 1)}
            onClick={(e) => {
              e.currentTarget.href = linkNow();
            }}
          >
            {seed ? `Link to these numbers (seed ${seed})` : 'Link to this exercise'}
          </a>
        </div>
      )}
      <p role="status" className={`learn-verdict${said ? (said.ok ? ' ok' : ' not-yet') : ''}`}>
        {said && (
          <>
            <strong>{said.ok ? 'Correct' : 'Not yet'}</strong>: {said.text}
          </>
        )}
      </p>
      <p className="fine learn-record" aria-label={`${exercise.title}: attempts`}>
        {record.attempts === 0
          ? `${ATTEMPTS_BEFORE_ANSWER} tries before the answer is shown.`
          : `${record.attempts} attempt${record.attempts === 1 ? '' : 's'}, ${record.hints} hint${record.hints === 1 ? '' : 's'} used${!revealed && !record.solved && wrongLeft > 0 ? `; ${wrongLeft} more ${wrongLeft === 1 ? 'try' : 'tries'} before the answer` : ''}.`}
      </p>
      {hints.slice(0, hintsShown).map((h, i) => (
        <div className="learn-hint fine" key={i}>
          {hints.length > 1 ? `Hint ${i + 1}: ` : 'Hint: '}
          {h}
        </div>
      ))}
      {revealed && (
        <div className="learn-solution">
          <strong>Solution.</strong> {exercise.solution}
        </div>
      )}
    </article>
  );
}
