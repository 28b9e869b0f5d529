import { describe, expect, it } from 'vitest';
import { isReasonOf, reasonKey, reasonMaker, type ReasonTable } from '@/core/reason';

const TABLE = {
  'compile.tooShort': ['count'],
  'invalid.text': ['reason'],
  'compile.empty': [],
} as const satisfies ReasonTable;

const make = reasonMaker<typeof TABLE>();

describe('reasonKey', () => {
  it.each([
    ['compile.tooShort', 'compileTooShort'],
    ['repair.ruleDuplicateId', 'repairRuleDuplicateId'],
    ['feature.anchorG', 'featureAnchorG'],
    ['a.b.c', 'aBC'],
    ['plain', 'plain'],
  ])('%s → %s', (code, key) => {
    expect(reasonKey(code)).toBe(key);
  });
});

describe('reasonMaker', () => {
  it('makes a reason of a code with its values, and one with none', () => {
    expect(make('compile.tooShort', { count: 2 })).toEqual({
      code: 'compile.tooShort',
      params: { count: 2 },
    });
    expect(make('compile.empty')).toEqual({ code: 'compile.empty', params: {} });
  });
});

describe('isReasonOf: reasons read back from storage or a file', () => {
  const nested = make('invalid.text', { reason: make('compile.tooShort', { count: 2 }) });

  it('accepts a known code with exactly its values, nested reasons included', () => {
    expect(isReasonOf(TABLE, nested)).toBe(true);
    expect(isReasonOf(TABLE, JSON.parse(JSON.stringify(nested)))).toBe(true);
  });

  it.each([
    ['text', 'The text is too short.'],
    ['null', null],
    ['an unknown code', { code: 'compile.frobnicates', params: {} }],
    ['a code inherited from Object', { code: 'toString', params: {} }],
    ['no params', { code: 'compile.empty' }],
    ['params as a list', { code: 'compile.empty', params: [] }],
    ['a missing value', { code: 'compile.tooShort', params: {} }],
    ['an extra value', { code: 'compile.tooShort', params: { count: 2, more: 1 } }],
    ['a value of the wrong type', { code: 'compile.tooShort', params: { count: true } }],
    ['a number that is not finite', { code: 'compile.tooShort', params: { count: Infinity } }],
    ['a broken nested reason', { code: 'invalid.text', params: { reason: { code: 'x', params: {} } } }],
  ])('refuses %s', (_label, value) => {
    expect(isReasonOf(TABLE, value)).toBe(false);
  });

  it('refuses nesting deeper than any reason has', () => {
    let deep: unknown = make('compile.empty');
    for (let i = 0; i < 100; i++) deep = { code: 'invalid.text', params: { reason: deep } };
    expect(isReasonOf(TABLE, deep)).toBe(false);
  });
});
