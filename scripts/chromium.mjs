/**
 * Finds Debian's Chromium, installing it (with CJK fonts) when we may: as root on Debian.
 * Otherwise says exactly what to do. No tool here ever downloads a browser build of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.JINGDU_CHROMIUM ?? '/usr/bin/chromium';

/** True when Chromium is (now) present at CHROMIUM. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium and fonts-noto-cjk…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = spawnSync('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], {
      stdio: 'inherit',
      env,
    });
    if (update.status === 0 && install.status === 0 && existsSync(CHROMIUM)) return true;
  }
  console.error(
    `\nThis needs Debian's Chromium at ${CHROMIUM} (or set JINGDU_CHROMIUM to another binary).\n` +
      `Install it with:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n` +
      `No tool here downloads a browser of its own.\n`,
  );
  return false;
}
