/**
 * Why something happened, as data: a code and the values its words need. The engine never writes
 * sentences; a view turns a reason into words from the locale messages (public/_locales), under the
 * message key `reasonKey(code)`, so every language, the options page and the CLI say the same thing.
 */

/** A value a reason's words need: a name, a count, a piece of text, or a reason of its own. */
export type ReasonParam = string | number | Reason;

/** A reason: what happened (`code`) and the values to fill in (`params`, by name). */
export interface Reason<Code extends string = string> {
  readonly code: Code;
  readonly params: Readonly<Record<string, ReasonParam>>;
}

/**
 * Message keys may hold only letters, digits and "_" (WebExtension i18n), so a code's dotted parts
 * are joined in camel case: "compile.tooShort" → "compileTooShort".
 */
export type ReasonKey<Code extends string> = Code extends `${infer Head}.${infer Tail}`
  ? `${Head}${Capitalize<ReasonKey<Tail>>}`
  : Code;

/** The locale message key of a reason code; the only place the two are related. */
export function reasonKey<Code extends string>(code: Code): ReasonKey<Code> {
  return code.replace(/\.(.)/g, (_, first: string) => first.toUpperCase()) as ReasonKey<Code>;
}

/** Reason codes, each with the names of its values in the order its message fills them ($1, $2…). */
export type ReasonTable = Readonly<Record<string, readonly string[]>>;

/**
 * The reasons a table allows: each code with exactly its named values. A value may itself be a
 * reason of the same table, or of `Nested` (a reason from another table, such as a rule's own
 * reason inside a settings repair).
 */
export type ReasonsOf<Table extends ReasonTable, Nested = never> = {
  [Code in keyof Table & string]: {
    readonly code: Code;
    readonly params: {
      readonly [Name in Table[Code][number]]: string | number | ReasonsOf<Table, Nested> | Nested;
    };
  };
}[keyof Table & string];

/** The reason of one code of a table, with exactly its values. */
export type ReasonOf<Table extends ReasonTable, Code extends keyof Table & string, Nested = never> = Extract<
  ReasonsOf<Table, Nested>,
  { code: Code }
>;

/** A code's values as the argument of a maker: none at all for a code without values. */
type ParamsArgument<
  Table extends ReasonTable,
  Code extends keyof Table & string,
  Nested,
> = Table[Code][number] extends never ? [] : [ReasonOf<Table, Code, Nested>['params']];

/**
 * The typed maker of one table's reasons: `make('compile.tooShort', { count: 2 })` checks the code
 * and its values; `make('compile.empty')` takes none.
 */
export function reasonMaker<Table extends ReasonTable, Nested = never>() {
  return <Code extends keyof Table & string>(
    code: Code,
    ...params: ParamsArgument<Table, Code, Nested>
  ): ReasonOf<Table, Code, Nested> => ({ code, params: params[0] ?? {} }) as ReasonOf<Table, Code, Nested>;
}

// Reasons read back from storage or a file are our own data; deeper nesting than this is damage.
const MAX_DEPTH = 8;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isReasonAt(table: ReasonTable, value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH || !isPlainRecord(value) || !isPlainRecord(value['params'])) return false;
  const code = value['code'];
  if (typeof code !== 'string' || !Object.hasOwn(table, code)) return false;
  const names = table[code]!;
  const params = value['params'];
  if (Object.keys(params).length !== names.length) return false;
  return names.every((name) => {
    const param = params[name];
    if (typeof param === 'string' || (typeof param === 'number' && Number.isFinite(param))) return true;
    return isReasonAt(table, param, depth + 1);
  });
}

/** Whether `value` (read from storage or a file) is a reason of `table`, nested reasons included. */
export function isReasonOf<Table extends ReasonTable>(
  table: Table,
  value: unknown,
): value is ReasonsOf<Table> {
  return isReasonAt(table, value, 0);
}
