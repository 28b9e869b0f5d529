import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// re2js weighs about 150 kB; the content script's literal-only path must be bundleable without it.
const coreDir = new URL('../../core/', import.meta.url);

/** Runtime (non-type) imports of a core module: resolved paths under core/, or bare package names. */
function runtimeImports(file: string): string[] {
  const url = new URL(file, coreDir);
  const source = readFileSync(url, 'utf8');
  const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)];
  return imports
    .filter((m) => m[1] === undefined)
    .map((m) => (m[2]!.startsWith('.') ? new URL(m[2]!, url).href.slice(coreDir.href.length) : m[2]!));
}

/** Every module reachable from `entry` (a path under core/) through runtime imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const target of runtimeImports(file)) {
      if (target.endsWith('.ts')) queue.push(target);
      else seen.add(target);
    }
  }
  return seen;
}

describe('re2js isolation', () => {
  it('is imported by core/rules/re2.ts and nothing else in core/', () => {
    const files = readdirSync(coreDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const importers = files.filter((f) => /from\s+'re2js'/.test(readFileSync(new URL(f, coreDir), 'utf8')));
    expect(importers).toEqual(['rules/re2.ts']);
  });

  it.each(['rules/match.ts', 'rules/literal.ts', 'rules/model.ts', 'settings.ts', 'settings-sync.ts'])(
    '%s does not reach re2.ts or re2js',
    (entry) => {
      const graph = reachable(entry);
      expect(graph.has('rules/re2.ts')).toBe(false);
      expect(graph.has('re2js')).toBe(false);
    },
  );

  it('the walk sees runtime imports: compile.ts reaches the engine through re2.ts', () => {
    const graph = reachable('rules/compile.ts');
    expect(graph.has('rules/match.ts') && graph.has('normalize.ts')).toBe(true);
    expect(graph.has('re2js')).toBe(true);
  });
});
