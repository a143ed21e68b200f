import { render } from 'preact';

render(<main>Ad Risk Lens</main>, document.getElementById('app') as HTMLElement);
