/**
 * Scene decks on the wire: the JSON file, the `#/deck?d=` link and localStorage all carry
 * `{ version: 3, scenes: [{ hash, title, note, …options }] }`. Older formats are migrated on read; anything
 * else is refused with a sentence saying why. Nothing here throws, whatever the input.
 *
 * Version 2 added the scene options (all optional, left out when at their default so links stay short):
 * `speaker` (private speaker notes, shown only in the presenter view), `stage` (what is on stage),
 * `autoplay` and `speed` (the scene's animation starts on open), `hidePreview` (the faint preview path stays
 * hidden until drawn) and `builds` (further addresses revealed one per click before the next scene).
 *
 * Version 3 added which figures a staged scene shows, `panels` (`main`: the main figure alone; default `all`:
 * with its companions, such as the network's loss curves beside its boundary), and their arrangement, `layout`
 * (`side` by side or `stacked`; default `auto`, by the screen's shape). A version 2 deck reads unchanged.
 */

export const DECK_VERSION = 3;

/** Which figures a staged scene shows (see the stage fit): the main one with its companions, or alone. */
export const STAGE_PANELS = ['all', 'main'] as const;
export type StagePanelChoice = (typeof STAGE_PANELS)[number];
/** How a staged scene's figures share the screen. */
export const STAGE_LAYOUTS = ['auto', 'side', 'stacked'] as const;
export type StageLayoutChoice = (typeof STAGE_LAYOUTS)[number];

/**
 * What a scene puts on stage while presenting: the page's main figure filling the screen (`figure`), the
 * figure beside a narrow strip of the page's controls (`controls`), or the whole page as it is (`page`).
 */
export const STAGE_ARRANGEMENTS = ['figure', 'controls', 'page'] as const;
export type StageArrangement = (typeof STAGE_ARRANGEMENTS)[number];
/** Animation speeds a scene may ask for (a multiple of the page's normal speed). */
export const SCENE_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** One view of the playground: the address of the page state (`#/probability?v=1&dist=gamma`) and words. */
export interface Scene {
  hash: string;
  title: string;
  note: string;
  /** Speaker notes: private, shown in the presenter view only (never to the class). */
  speaker?: string;
  /** What is on stage (default `page`: the whole page, as decks of format 1 were shown). */
  stage?: StageArrangement;
  /** Which of the page's figures are on stage (default `all`: the main one and its companions). */
  panels?: StagePanelChoice;
  /** How the staged figures are arranged (default `auto`: side by side on a wide screen, else stacked). */
  layout?: StageLayoutChoice;
  /** Start the page's animation when the scene opens. */
  autoplay?: boolean;
  /** Animation speed, one of {@link SCENE_SPEEDS} (default 1). */
  speed?: number;
  /** Hide the faint preview of a path until the animation draws it (a predict-first question). */
  hidePreview?: boolean;
  /** Build steps: addresses shown one per click after `hash`, before the next scene. */
  builds?: string[];
}

export interface Deck {
  version: typeof DECK_VERSION;
  scenes: Scene[];
}

export type DeckResult =
  | {
      ok: true;
      deck: Deck;
      /** The format version read, when older than the current one. */ migratedFrom: number | null;
    }
  | { ok: false; error: string };

/**
 * Bounds that keep a hostile file from filling memory. A scene's address may be long: it holds every point a
 * student placed (up to 2,000 points of three full-precision numbers, about 130,000 characters), which the
 * address bar itself leaves out beyond 200.
 */
export const DECK_LIMITS = {
  scenes: 200,
  hash: 160_000,
  title: 200,
  note: 2000,
  text: 2_000_000,
  builds: 20,
} as const;

const HASH_RE = /^#\/[^\s#]*$/;

/**
 * Checks one scene's address: a route of this app (`#/…`), not a deck link (a deck never nests), no
 * whitespace or second `#`. Returns the normalised hash (a leading `/` gains its `#`) or an error.
 */
export function checkSceneHash(raw: unknown): { hash: string } | { error: string } {
  if (typeof raw !== 'string') return { error: 'its address is not text' };
  const hash = raw.startsWith('/') ? '#' + raw : raw;
  if (hash.length > DECK_LIMITS.hash)
    return { error: `its address is longer than ${DECK_LIMITS.hash} characters` };
  if (!HASH_RE.test(hash)) return { error: `“${hash.slice(0, 40)}” is not an address of this playground` };
  if (/^#\/deck(\?|$)/.test(hash)) return { error: 'it is itself a deck link' };
  return { hash };
}

function checkText(v: unknown, what: string, max: number): { text: string } | { error: string } {
  if (v === undefined || v === null) return { text: '' };
  if (typeof v !== 'string') return { error: `its ${what} is not text` };
  if (v.length > max) return { error: `its ${what} is longer than ${max} characters` };
  return { text: v };
}

/**
 * Brings any known format to the current one. Version 0 (the first prototype) stored a plain array of
 * hashes; it becomes scenes with empty titles and notes. Returns the version it read.
 */
export function migrateDeck(raw: unknown): { version: number; scenes: unknown } | { error: string } {
  if (Array.isArray(raw)) return { version: 0, scenes: raw.map((hash) => ({ hash, title: '', note: '' })) };
  if (typeof raw !== 'object' || raw === null)
    return { error: 'it is not a deck (expected an object with scenes)' };
  const { version, scenes } = raw as { version?: unknown; scenes?: unknown };
  if (version === undefined) return { error: 'it has no format version' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { error: 'its format version is not a whole number' };
  if (version > DECK_VERSION)
    return {
      error: `it was made by a newer version of the playground (format ${version}; this one reads up to ${DECK_VERSION})`,
    };
  if (version === 0) return migrateDeck(scenes);
  // Version 1 scenes are version 2 scenes with every option at its default, and version 2 scenes version 3
  // scenes without `panels` and `layout` (at their defaults): nothing to convert.
  return { version, scenes };
}

/** Migrates and validates a parsed value (from JSON, a link or storage) into a deck, or says what is wrong. */
export function validateDeck(raw: unknown): DeckResult {
  const migrated = migrateDeck(raw);
  if ('error' in migrated) return refuse(migrated.error);
  const { version, scenes } = migrated;
  if (!Array.isArray(scenes)) return refuse('its scenes are not a list');
  if (scenes.length > DECK_LIMITS.scenes) return refuse(`it has more than ${DECK_LIMITS.scenes} scenes`);
  const out: Scene[] = [];
  for (let i = 0; i < scenes.length; i++) {
    const s: unknown = scenes[i];
    if (typeof s !== 'object' || s === null || Array.isArray(s))
      return refuse(`scene ${i + 1} is not a scene`);
    const { hash, title, note } = s as Record<string, unknown>;
    const h = checkSceneHash(hash);
    if ('error' in h) return refuse(`scene ${i + 1}: ${h.error}`);
    const t = checkText(title, 'title', DECK_LIMITS.title);
    if ('error' in t) return refuse(`scene ${i + 1}: ${t.error}`);
    const n = checkText(note, 'note', DECK_LIMITS.note);
    if ('error' in n) return refuse(`scene ${i + 1}: ${n.error}`);
    const scene: Scene = { hash: h.hash, title: t.text, note: n.text };
    const problem = readOptions(s as Record<string, unknown>, scene);
    if (problem) return refuse(`scene ${i + 1}: ${problem}`);
    out.push(scene);
  }
  return {
    ok: true,
    deck: { version: DECK_VERSION, scenes: out },
    migratedFrom: version < DECK_VERSION ? version : null,
  };
}

/** Reads a scene's options into `scene` (only those not at their default); returns what is wrong, if anything. */
function readOptions(raw: Record<string, unknown>, scene: Scene): string | null {
  const { speaker, stage, panels, layout, autoplay, speed, hidePreview, builds } = raw;
  const sp = checkText(speaker, 'speaker notes', DECK_LIMITS.note);
  if ('error' in sp) return sp.error;
  if (sp.text) scene.speaker = sp.text;
  if (stage !== undefined && stage !== null) {
    if (!STAGE_ARRANGEMENTS.includes(stage as StageArrangement))
      return `its stage is not one of ${STAGE_ARRANGEMENTS.join(', ')}`;
    if (stage !== 'page') scene.stage = stage as StageArrangement;
  }
  if (panels !== undefined && panels !== null) {
    if (!STAGE_PANELS.includes(panels as StagePanelChoice))
      return `its panels are not one of ${STAGE_PANELS.join(', ')}`;
    if (panels !== 'all') scene.panels = panels as StagePanelChoice;
  }
  if (layout !== undefined && layout !== null) {
    if (!STAGE_LAYOUTS.includes(layout as StageLayoutChoice))
      return `its layout is not one of ${STAGE_LAYOUTS.join(', ')}`;
    if (layout !== 'auto') scene.layout = layout as StageLayoutChoice;
  }
  for (const [name, v] of [
    ['autoplay', autoplay],
    ['hidePreview', hidePreview],
  ] as const) {
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') return `its ${name} is not true or false`;
    if (v) scene[name] = true;
  }
  if (speed !== undefined && speed !== null) {
    if (!(SCENE_SPEEDS as readonly unknown[]).includes(speed))
      return `its speed is not one of ${SCENE_SPEEDS.join(', ')}`;
    if (speed !== 1) scene.speed = speed as number;
  }
  if (builds !== undefined && builds !== null) {
    if (!Array.isArray(builds)) return 'its builds are not a list';
    if (builds.length > DECK_LIMITS.builds) return `it has more than ${DECK_LIMITS.builds} build steps`;
    const list: string[] = [];
    for (let j = 0; j < builds.length; j++) {
      const b = checkSceneHash(builds[j]);
      if ('error' in b) return `build step ${j + 1}: ${b.error}`;
      list.push(b.hash);
    }
    if (list.length > 0) scene.builds = list;
  }
  return null;
}

function refuse(why: string): DeckResult {
  return { ok: false, error: `This deck cannot be read: ${why}.` };
}

/** The deck as a pretty-printed JSON file. */
export function encodeDeckJson(deck: Deck): string {
  return JSON.stringify({ version: deck.version, scenes: deck.scenes.map(plain) }, null, 2) + '\n';
}

/** Reads a JSON file's text; never throws. */
export function decodeDeckJson(text: string): DeckResult {
  if (typeof text !== 'string' || text.length > DECK_LIMITS.text) return refuse('the file is too large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('the file is not JSON');
  }
  return validateDeck(raw);
}

/** The `d` parameter of a deck link: compact JSON, UTF-8, base64url without padding (RFC 4648 §5). */
export function encodeDeckParam(deck: Deck): string {
  const json = JSON.stringify({ version: deck.version, scenes: deck.scenes.map(plain) });
  const bytes = new TextEncoder().encode(json);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads the `d` parameter of a deck link; never throws. */
export function decodeDeckParam(param: string | null): DeckResult {
  if (!param) return refuse('the link has no deck in it');
  if (param.length > DECK_LIMITS.text || !/^[A-Za-z0-9_-]+$/.test(param) || param.length % 4 === 1)
    return refuse('the link is damaged (not base64url); was it cut short when copied?');
  let json: string;
  try {
    const bin = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('the link is damaged (not UTF-8 text); was it cut short when copied?');
  }
  try {
    return validateDeck(JSON.parse(json));
  } catch {
    return refuse('the link is damaged (not JSON); was it cut short when copied?');
  }
}

/** A shareable address for the deck, on the same page as `base` (e.g. location.href). */
export function deckLink(deck: Deck, base: string): string {
  return `${base.replace(/#.*$/, '')}#/deck?d=${encodeDeckParam(deck)}`;
}

/**
 * Drops anything that is not a scene field (store-side ids stay out of files and links) and every option at
 * its default, so a deck without options writes exactly what version 1 wrote, plus the version.
 */
function plain(s: Scene): Scene {
  const out: Scene = { hash: s.hash, title: s.title, note: s.note };
  if (s.speaker) out.speaker = s.speaker;
  if (s.stage && s.stage !== 'page') out.stage = s.stage;
  if (s.panels && s.panels !== 'all') out.panels = s.panels;
  if (s.layout && s.layout !== 'auto') out.layout = s.layout;
  if (s.autoplay) out.autoplay = true;
  if (s.speed !== undefined && s.speed !== 1) out.speed = s.speed;
  if (s.hidePreview) out.hidePreview = true;
  if (s.builds && s.builds.length > 0) out.builds = s.builds.slice();
  return out;
}

/** The addresses a scene shows in order: its own, then each build step. */
export function sceneSteps(s: Scene): string[] {
  return [s.hash, ...(s.builds ?? [])];
}
