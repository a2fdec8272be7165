// Makes sure Debian's Chromium is there for the browser tests (the reference page and the
// client from a page). On a fresh CI machine, running as root, it installs the package;
// elsewhere it says how to. CHROMIUM_PATH points the tests at another Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `The browser tests need Chromium at ${chromium}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log('Installing Chromium for the browser tests (apt-get install chromium)…');
const apt = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
apt(['update']);
apt(['install', '-y', 'chromium']);
if (!existsSync(chromium)) {
  console.error(`apt-get installed chromium, but ${chromium} is still missing.`);
  process.exit(1);
}
