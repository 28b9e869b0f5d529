/**
 * A reason as data: a code from a closed list and the values it speaks of. The engine never writes
 * sentences; a view looks the code up in the reader's language and fills in the parameters.
 */
export interface Reason<Code extends string, Params extends Record<string, string | number>> {
  code: Code;
  params: Params;
}
