/**
 * A field of a view: its default, its inline problem, how it is read from and written to the address, and
 * what a control needs to show it (label, range, step, choices). Field kinds are in `fields.ts`; a page
 * may declare its own kind by implementing this interface.
 */

/** What a field's reader gets: the query, the list of ignored values, and the fields read before it. */
export interface ReadContext {
  query: URLSearchParams;
  ignored: string[];
  /** Name the reason beside a refused number (`key=text (reason)`), as the calculus and linear-algebra links do. */
  explain: boolean;
  /** The view's key prefix (`lln.`), for fields that write several keys. */
  prefix: string;
  /** The fields read so far, in reading order. */
  partial: Record<string, unknown>;
}

export interface Field<T> {
  readonly default: T;
  /** Address key after the view's prefix; the field's name when absent. */
  readonly key?: string;
  /** Words for the control and the messages. */
  readonly label?: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly choices?: readonly string[];
  /**
   * Added after the first `v=1` links were issued (and captured in the URL corpus): those links never name it,
   * so they read its default. Set with {@link later}; the corpus test reads it.
   */
  readonly later?: boolean;
  /** Why `value` cannot be used (given the rest of the view), or null: the inline message under the control. */
  problem(value: T, view: Readonly<Record<string, unknown>>): string | null;
  /** The value under `key` (the default when absent); a refused value falls back and is named in `ctx.ignored`. */
  read(key: string, ctx: ReadContext): T;
  write(
    query: URLSearchParams,
    key: string,
    value: T,
    view: Readonly<Record<string, unknown>>,
    options: WriteOptions,
  ): void;
}

/**
 * How a view is written. The address bar keeps large data out (a user's points beyond
 * a field's cap stay in the page); a deck scene is `complete`: every value,
 * so that presenting it restores the whole view.
 */
export interface WriteOptions {
  complete: boolean;
}

/** Options every field kind takes. */
export interface FieldOptions<T> {
  key?: string;
  label?: string;
  /** Leave the key out of the address for these values (a short link for the common case). */
  omit?: (value: T) => boolean;
  /** A check that needs what was read before this field (runs after the field's own check passes). */
  after?: (value: T, ctx: ReadContext) => T;
}

/** The value type a field holds. */
export type FieldValue<F> = F extends Field<infer T> ? T : never;
