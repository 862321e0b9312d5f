/**
 * A tiny runtime validator for data that crosses a trust boundary: extension messages and stored settings.
 * The browser bundles cannot carry a schema library (size budget), and these shapes are small and flat.
 *
 * A `Check<T>` returns the value typed as `T`, or `undefined` when it does not fit.
 */
export type Check<T> = (value: unknown) => T | undefined;

/** The type a check accepts. */
export type Checked<C> = C extends Check<infer T> ? T : never;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const string =
  (options: { maxLength?: number } = {}): Check<string> =>
  (value) =>
    typeof value === 'string' && value.length <= (options.maxLength ?? 10_000) ? value : undefined;

/** A safe integer (`isSafeInteger` is false for anything but a number), within the bounds given. */
export const integer =
  (options: { min?: number; max?: number } = {}): Check<number> =>
  (value) =>
    Number.isSafeInteger(value) &&
    (value as number) >= (options.min ?? -Infinity) &&
    (value as number) <= (options.max ?? Infinity)
      ? (value as number)
      : undefined;

export const boolean: Check<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

export const literal =
  <const L extends string | number | boolean>(expected: L): Check<L> =>
  (value) =>
    value === expected ? expected : undefined;

export const oneOf =
  <const L extends string>(options: readonly L[]): Check<L> =>
  (value) =>
    typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as L) : undefined;

export const array =
  <T>(item: Check<T>, options: { maxLength?: number } = {}): Check<T[]> =>
  (value) => {
    if (!Array.isArray(value) || value.length > (options.maxLength ?? 10_000)) return undefined;
    const out: T[] = [];
    for (const element of value) {
      const checked = item(element);
      if (checked === undefined) return undefined;
      out.push(checked);
    }
    return out;
  };

type Shape = Record<string, Check<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S]: Checked<S[K]> };

/**
 * An object with exactly these keys. Unknown keys are rejected: a message with extra fields was not made by
 * our code, and a settings object with extra fields is from another version (migrations handle those first).
 */
export const object =
  <S extends Shape>(shape: S): Check<ObjectOf<S>> =>
  (value) => {
    if (!isRecord(value)) return undefined;
    for (const key of Object.keys(value)) if (!Object.hasOwn(shape, key)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const checked = check(value[key]);
      if (checked === undefined) return undefined;
      out[key] = checked;
    }
    return out as ObjectOf<S>;
  };

/** Accepts `undefined` (an absent key) as well as what `check` accepts; the result keeps the absence. */
export const optional =
  <T>(check: Check<T>): Check<T | null> =>
  (value) =>
    value === undefined || value === null ? null : (check(value) ?? undefined);

/** Accepts `null` as well as what `check` accepts (the key itself must be present). */
export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value) =>
    value === null ? null : check(value);
