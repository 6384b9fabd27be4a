/**
 * The tab's data: a table of n rows × d numeric columns (row-major), with an optional class label per row.
 * Iris, digits and penguins are shipped files in public/data, fetched only when chosen; the student's own
 * points come from the view; a pasted CSV table is parsed here with each refused row named.
 */
import { parseDecimal } from '../../numberText';
import { DIGITS_N, parseDigitsBytes } from '../digits';
import type { UserPoint } from '../nn/fields';
import { MAX_COLUMNS, type PcaSource } from './view';

export interface Table {
  name: string;
  columns: string[];
  n: number;
  d: number;
  /** n × d values, row by row. */
  data: Float64Array;
  /** A class per row (0…), or null. */
  labels: Int32Array | null;
  labelNames: string[] | null;
  /** Rows of the source left out (missing values), said under the picker. */
  dropped: number;
  /** Digits: each row is an 8 × 8 image (pixel values 0–16). */
  image: { side: number; max: number } | null;
}

export const MAX_CSV_ROWS = 5000;

/** The shipped files and where they came from (docs/datasets.md has the full note). */
export const DATA_FILES: Partial<Record<PcaSource, { file: string; source: string }>> = {
  iris: {
    file: 'data/iris.json',
    source: 'Iris: R. A. Fisher (1936), UCI Machine Learning Repository (CC BY 4.0), via scikit-learn.',
  },
  digits: {
    file: 'data/digits.bin',
    source:
      'Optical recognition of handwritten digits: Alpaydin & Kaynak (1998), UCI Machine Learning Repository (CC BY 4.0), via scikit-learn.',
  },
  penguins: {
    file: 'data/penguins.json',
    source:
      'Palmer penguins: K. Gorman and Palmer Station LTER, via A. Horst’s palmerpenguins and vega-datasets (CC0).',
  },
};

interface LabelledJson {
  name: string;
  columns: string[];
  labelNames: string[];
  dropped: number;
  data: number[];
  labels: number[];
}

/** Reads a shipped JSON table (iris.json, penguins.json); throws on a malformed file. */
export function parseLabelledJson(text: string): Table {
  const doc = JSON.parse(text) as LabelledJson;
  const d = doc.columns.length;
  const n = doc.labels.length;
  if (!Array.isArray(doc.data) || doc.data.length !== n * d || doc.data.some((v) => !Number.isFinite(v)))
    throw new Error(`${doc.name}: the file is damaged`);
  return {
    name: doc.name,
    columns: doc.columns,
    n,
    d,
    data: Float64Array.from(doc.data),
    labels: Int32Array.from(doc.labels),
    labelNames: doc.labelNames,
    dropped: doc.dropped,
    image: null,
  };
}

export { DIGITS_N };

/** Reads digits.bin (the shared parser in ../digits) as a table of 1,797 rows of 64 pixels. */
export function parseDigits(bytes: Uint8Array): Table {
  const digits = parseDigitsBytes(bytes);
  const n = digits.n;
  const d = 64;
  const data = Float64Array.from(digits.pixels);
  return {
    name: 'Digits',
    columns: Array.from({ length: d }, (_, j) => `pixel (${Math.floor(j / 8) + 1}, ${(j % 8) + 1})`),
    n,
    d,
    data,
    labels: Int32Array.from(digits.labels),
    labelNames: Array.from({ length: 10 }, (_, i) => String(i)),
    dropped: 0,
    image: { side: 8, max: 16 },
  };
}

/** The student's points as a 2-column table (labels only when some point has a class other than 0). */
export function ownTable(points: readonly UserPoint[]): Table {
  const n = points.length;
  const data = new Float64Array(2 * n);
  points.forEach((p, i) => {
    data[2 * i] = p.x1;
    data[2 * i + 1] = p.x2;
  });
  const classes = Math.max(0, ...points.map((p) => p.label));
  return {
    name: 'your points',
    columns: ['x₁', 'x₂'],
    n,
    d: 2,
    data,
    labels: classes > 0 ? Int32Array.from(points.map((p) => p.label)) : null,
    labelNames: classes > 0 ? Array.from({ length: classes + 1 }, (_, i) => String(i)) : null,
    dropped: 0,
    image: null,
  };
}

export interface CsvTable {
  table: Table | null;
  problems: string[];
}

/**
 * A pasted CSV of numeric columns: the first line is the header (names), each next line a row; commas,
 * semicolons or tabs separate cells; blank lines and `#` comments are skipped. A row with the wrong number
 * of cells or a cell that is not a number is refused and named (line and reason). At most MAX_CSV_ROWS rows
 * and MAX_COLUMNS columns.
 */
export function parseNumericCsv(text: string): CsvTable {
  const problems: string[] = [];
  const note = (p: string) => {
    if (problems.length < 50) problems.push(p);
  };
  const lines = text.split(/\r?\n/);
  let header: string[] | null = null;
  const rows: number[][] = [];
  let extra = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(/[,;\t]/).map((c) => c.trim());
    if (header === null) {
      if (cells.every((c) => parseDecimal(c) !== null)) {
        header = cells.map((_, j) => `column ${j + 1}`);
      } else {
        header = cells.map((c, j) => (c === '' ? `column ${j + 1}` : c.slice(0, 40)));
        return;
      }
    }
    if (header.length > MAX_COLUMNS) return;
    if (cells.length !== header.length) {
      note(`line ${i + 1}: expected ${header.length} numbers, found ${cells.length}`);
      return;
    }
    const values = cells.map(parseDecimal);
    const bad = values.findIndex((v) => v === null || Math.abs(v) > 1e12);
    if (bad >= 0) {
      note(`line ${i + 1}: “${cells[bad].slice(0, 20)}” is not a number`);
      return;
    }
    if (rows.length >= MAX_CSV_ROWS) {
      extra++;
      return;
    }
    rows.push(values as number[]);
  });
  const columns: string[] = header ?? [];
  if (columns.length > MAX_COLUMNS) {
    return { table: null, problems: [`at most ${MAX_COLUMNS} columns (this table has ${columns.length})`] };
  }
  if (extra > 0) problems.push(`${extra} rows after the first ${MAX_CSV_ROWS} were not loaded`);
  if (rows.length === 0) {
    if (problems.length === 0) problems.push('no rows of numbers found');
    return { table: null, problems };
  }
  const d = columns.length;
  const data = new Float64Array(rows.length * d);
  rows.forEach((r, i) => data.set(r, i * d));
  return {
    table: {
      name: 'pasted table',
      columns,
      n: rows.length,
      d,
      data,
      labels: null,
      labelNames: null,
      dropped: 0,
      image: null,
    },
    problems,
  };
}

/** Rows of a table as arrays (what the core's functions take). */
export function rowsOf(t: Table): number[][] {
  const out: number[][] = new Array(t.n);
  for (let i = 0; i < t.n; i++) out[i] = Array.from(t.data.subarray(i * t.d, (i + 1) * t.d));
  return out;
}

/** Fetches a shipped file (relative to the page, so any static host path works). */
export async function fetchTable(source: 'iris' | 'digits' | 'penguins'): Promise<Table> {
  const file = DATA_FILES[source]!.file;
  const res = await fetch(new URL(file, document.baseURI).href);
  if (!res.ok) throw new Error(`could not load ${file} (${res.status})`);
  if (source === 'digits') return parseDigits(new Uint8Array(await res.arrayBuffer()));
  return parseLabelledJson(await res.text());
}
