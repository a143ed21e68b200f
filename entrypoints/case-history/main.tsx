import { render } from 'preact';
import { historyStore } from '../../src/history';
import { App } from '../../src/history/page/App';
import { t } from '../../src/history/strings';
import { pageLanguage } from '../../src/ui/i18n';
import '../../src/history/page/history.css';

document.title = `${t('history_title')} – Ad Risk Lens`;
document.documentElement.lang = pageLanguage();
render(<App store={historyStore()} />, document.getElementById('app') as HTMLElement);
