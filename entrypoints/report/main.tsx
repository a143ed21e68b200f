import { render } from 'preact';
import '../../src/ui/styles.css';
import './report.css';
import { t, uiLanguage } from '../../src/ui/i18n';
import { ReportApp } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('reportTitle');
render(<ReportApp />, document.getElementById('app') as HTMLElement);
