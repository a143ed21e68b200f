import { render } from 'preact';
import '../../src/ui/styles.css';
import './options.css';
import { pageLanguage, t } from '../../src/ui/i18n';
import { OptionsApp } from './App';

document.documentElement.lang = pageLanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
