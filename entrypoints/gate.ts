import { startGate } from '../src/content/gate-script';

// Registered at run time (scripting.registerContentScripts) for the sites the user enabled; see src/background/auto-scan.ts.
export default defineUnlistedScript(() => {
  startGate();
});
