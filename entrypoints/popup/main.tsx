import { render } from 'preact';
import '../../src/ui/styles.css';
import './popup.css';
import { t, uiLanguage } from '../../src/ui/i18n';
import { PopupApp } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('popupTitle');
render(<PopupApp />, document.getElementById('app') as HTMLElement);
