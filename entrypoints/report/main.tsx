import { render } from 'preact';
import '../../src/ui/styles.css';
import './report.css';
import { pageLanguage, t } from '../../src/ui/i18n';
import { ReportApp } from './App';

document.documentElement.lang = pageLanguage();
document.title = t('reportTitle');
render(<ReportApp />, document.getElementById('app') as HTMLElement);
