// Builds the e2e variant of the extension once before the browser tests (skip with E2E_NO_BUILD=1 when the
// build is fresh). The e2e build differs from the shipped one only by host access (<all_urls>, while the test browser resolves only 127.0.0.1), which stands in
// for the activeTab grant a real click on the toolbar button gives.
import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from '../../support/shared-data';

export default function setup(): void {
  if (process.env.E2E_NO_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
