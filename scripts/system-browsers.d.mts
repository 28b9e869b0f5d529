export const CHROMIUM: string;
export const FIREFOX: string;
export function ensureChromium(): boolean;
export function ensureFirefox(): boolean;
