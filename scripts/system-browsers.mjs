/**
 * Finds Debian's Chromium and Firefox ESR, installing them (with CJK fonts) when we may: as root on
 * Debian. Otherwise says exactly what to do. No tool here ever downloads a browser build of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.JINGDU_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.JINGDU_FIREFOX ?? '/usr/bin/firefox-esr';

/** True when `binary` is (now) present, after installing `packages` with apt-get if we may. */
function ensure(name, binary, variable, packages) {
  if (existsSync(binary)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log(`${name} not found at ${binary}; installing Debian's ${packages.join(' and ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env });
    if (update.status === 0 && install.status === 0 && existsSync(binary)) return true;
  }
  console.error(
    `\nThis needs Debian's ${name} at ${binary} (or set ${variable} to another binary).\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
      `No tool here downloads a browser of its own.\n`,
  );
  return false;
}

/** True when Chromium is (now) present at CHROMIUM. */
export function ensureChromium() {
  return ensure('Chromium', CHROMIUM, 'JINGDU_CHROMIUM', ['chromium', 'fonts-noto-cjk']);
}

/** True when Firefox ESR is (now) present at FIREFOX. */
export function ensureFirefox() {
  return ensure('Firefox ESR', FIREFOX, 'JINGDU_FIREFOX', ['firefox-esr', 'fonts-noto-cjk']);
}
