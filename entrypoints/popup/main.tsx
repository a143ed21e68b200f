import { render } from 'preact';
import '../../src/ui/styles.css';
import './popup.css';
import { pageLanguage, t } from '../../src/ui/i18n';
import { PopupApp } from './App';

document.documentElement.lang = pageLanguage();
document.title = t('popupTitle');
render(<PopupApp />, document.getElementById('app') as HTMLElement);
