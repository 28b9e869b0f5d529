import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('entrypoints/popup/theme.css', 'utf8');

/** The custom properties of the first rule whose selector contains `selector`. */
function themeColours(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const block = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const THEMES = {
  light: "[data-theme='light']",
  sepia: "[data-theme='sepia']",
  dark: "[data-theme='dark']",
  'system (dark)': "[data-theme='system']",
};

describe('theme colours', () => {
  it.each(Object.entries(THEMES))(
    '%s: text, secondary text, accent, errors and highlights read at 4.5:1 or better',
    (_, selector) => {
      const c = themeColours(selector);
      for (const ground of [c.bg!, c.surface!]) {
        expect(contrast(c.fg!, ground)).toBeGreaterThanOrEqual(7);
        expect(contrast(c.muted!, ground)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(c.accent!, ground)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(c.danger!, ground)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(c.fg!, c.highlight!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c['accent-fg']!, c.accent!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the system theme in dark mode is the dark theme', () => {
    expect(themeColours(THEMES['system (dark)'])).toEqual(themeColours(THEMES.dark));
  });
});
