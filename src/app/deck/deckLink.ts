/**
 * The short deck link, `#/deck?z=…`: the deck (the same versioned scenes as the file, see deckCodec, packed
 * as described at `payloadOf`) compressed with `CompressionStream('deflate-raw')` and written as base64url
 * without padding. A 7-scene lecture deck fits in about 850 characters, short enough for a QR code.
 * Older `#/deck?d=…` links (uncompressed base64url JSON) keep opening: {@link decodeDeckQuery} reads both,
 * and both go through `validateDeck`, which migrates older deck formats. Nothing here throws.
 */
import {
  DECK_LIMITS,
  decodeDeckParam,
  deckLink,
  encodeDeckJson,
  validateDeck,
  type Deck,
  type DeckResult,
  type Scene,
} from './deckCodec';

/** Query key of the compressed deck (the older uncompressed link used `d`). */
export const SHORT_PARAM = 'z';
/** Largest inflated deck accepted from a link (a deflate bomb stops here, not in memory). */
const MAX_INFLATED = DECK_LIMITS.text;

/** Whether this browser can make (and read) short links. */
export function compressionSupported(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipeAll(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  max: number,
): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  // The write and close settle as the reader drains; their rejections surface through the reader too.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Pieces of addresses that recur in decks, each written as one control character (addresses never contain
 * those) before compression. Deflate already shortens a piece's second occurrence; this shortens the first
 * one too, which for a 7-scene deck is about a quarter of the link. Frozen for link format `Z`: a new piece
 * means a new format (and this table kept for reading old links).
 */
const PIECES: readonly string[] = [
  '#/calculus?v=1&f=',
  '#/probability?v=1&tab=',
  '#/linear-algebra?v=1',
  '#/machine-learning?v=1&tab=',
  '&domain=',
  '&start=',
  '&steps=300',
  '&steps=',
  '&opt=',
  '&gd.lr=0.01',
  '&momentum.lr=0.01&momentum.momentum=0.9',
  '&nesterov.lr=0.01&nesterov.momentum=0.9',
  '&rmsprop.lr=0.01&rmsprop.alpha=0.99&rmsprop.eps=1e-8',
  '&adagrad.lr=0.5&adagrad.eps=1e-10',
  '&adam.lr=0.1&adam.beta1=0.9&adam.beta2=0.999&adam.eps=1e-8',
  '&newton.lr=1',
  '.beta1=0.9&adam.beta2=0.999&adam.eps=1e-8',
  '.lr=',
  'momentum',
  '%2C',
  '%5E2',
  '+%2B+',
  '+-+',
  '&clt.reps=100000&clt.stat=mean&clt.seed=1',
];
/** The characters standing for the pieces: C0 controls other than tab, line feed and carriage return. */
const CODES = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27].map(
  (c) => String.fromCharCode(c),
);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAGIC = 'Z\n';

function pack(hash: string): string {
  let out = hash;
  PIECES.forEach((piece, i) => (out = out.split(piece).join(CODES[i])));
  return out;
}
function unpack(packed: string): string {
  let out = packed;
  for (let i = PIECES.length - 1; i >= 0; i--) out = out.split(CODES[i]).join(PIECES[i]);
  return out;
}

/**
 * The text that is compressed (link format `Z`): `Z`, then each scene's address with its common pieces packed,
 * one a line, an empty line, and the rest as JSON `[deckVersion, [[title, note, options?], …]]`, where
 * `options` holds the scene's other fields (speaker notes, stage, builds…) as the deck file writes them.
 * Grouping the addresses apart from the words lets deflate find their repeats. A deck with a control character
 * in an address (no address of this app has one) is written as the plain deck JSON, which the reader also takes.
 */
function payloadOf(deck: Deck): string {
  // The deck file's form: each scene's fields with options at their default left out.
  const file = JSON.parse(encodeDeckJson(deck)) as { version: number; scenes: Scene[] };
  if (file.scenes.some((s) => CONTROL.test(s.hash) || s.hash === '')) return JSON.stringify(file);
  const words = file.scenes.map(({ hash: _hash, title, note, ...options }) =>
    Object.keys(options).length > 0 ? [title, note, options] : [title, note],
  );
  return (
    MAGIC +
    file.scenes.map((s) => pack(s.hash) + '\n').join('') +
    '\n' +
    JSON.stringify([file.version, words])
  );
}

/** Reads a payload back into the versioned deck object that `validateDeck` checks (and migrates). */
function parsePayload(text: string): unknown {
  if (!text.startsWith(MAGIC)) return JSON.parse(text);
  const body = text.slice(MAGIC.length);
  // The addresses end at the first empty line (an address is never empty); the words follow.
  const gap = body.startsWith('\n') ? -1 : body.indexOf('\n\n');
  if (gap === -1 && !body.startsWith('\n')) throw new Error('no words');
  const hashes = gap === -1 ? [] : body.slice(0, gap).split('\n').map(unpack);
  const rest: unknown = JSON.parse(body.slice(gap === -1 ? 1 : gap + 2));
  if (!Array.isArray(rest) || rest.length !== 2) throw new Error('no version');
  const [version, words] = rest as [unknown, unknown];
  if (!Array.isArray(words) || words.length !== hashes.length) throw new Error('mismatch');
  return {
    version,
    scenes: hashes.map((hash, i) => {
      const w: unknown = words[i];
      const [title, note, options] = Array.isArray(w) ? (w as unknown[]) : [];
      const extra = typeof options === 'object' && options !== null ? options : {};
      return { ...extra, hash, title, note };
    }),
  };
}

/** The `z` parameter: the deck packed (see `payloadOf`), deflate-raw, base64url. Null without CompressionStream. */
export async function encodeShortParam(deck: Deck): Promise<string | null> {
  if (!compressionSupported()) return null;
  const bytes = new TextEncoder().encode(payloadOf(deck));
  const packed = await pipeAll(bytes, new CompressionStream('deflate-raw'), Infinity);
  return packed && toBase64Url(packed);
}

function refuse(why: string): DeckResult {
  return { ok: false, error: `This deck cannot be read: ${why}.` };
}

/** Reads a `z` parameter; never throws. */
export async function decodeShortParam(param: string): Promise<DeckResult> {
  if (param.length > DECK_LIMITS.text) return refuse('the link is too long');
  const bytes = fromBase64Url(param);
  if (!bytes) return refuse('the link is damaged (not base64url); was it cut short when copied?');
  if (!compressionSupported())
    return refuse('this browser cannot unpack compressed links (it has no DecompressionStream)');
  let json: string;
  try {
    const raw = await pipeAll(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED);
    if (!raw) return refuse('the deck in the link is too large');
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return refuse('the link is damaged (it does not unpack); was it cut short when copied?');
  }
  try {
    return validateDeck(parsePayload(json));
  } catch {
    return refuse('the link is damaged (its scenes cannot be read); was it cut short when copied?');
  }
}

/** Reads a deck link's query: the short `z` form, or the older uncompressed `d` form. */
export async function decodeDeckQuery(query: URLSearchParams): Promise<DeckResult> {
  const z = query.get(SHORT_PARAM);
  if (z) return decodeShortParam(z);
  return decodeDeckParam(query.get('d'));
}

/**
 * A shareable address for the deck on the same page as `base` (e.g. location.href): the short form, or the
 * older uncompressed form where this browser has no CompressionStream (both open everywhere the app runs).
 */
export async function shortDeckLink(deck: Deck, base: string): Promise<string> {
  const root = base.replace(/#.*$/, '');
  const z = await encodeShortParam(deck);
  if (z !== null) return `${root}#/deck?${SHORT_PARAM}=${z}`;
  return deckLink(deck, base);
}
