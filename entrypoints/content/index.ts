import { startContentScript } from '../../src/content/run';

export default defineContentScript({
  // Injected on demand (activeTab) or registered at run time for sites the user enabled: no install-time host access.
  matches: [],
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    void startContentScript({ onInvalidated: (cleanup) => ctx.onInvalidated(cleanup) });
  },
});
