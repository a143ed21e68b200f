// Report headings in the interface language (the ad's own words and explanations stay as they are).

import type { Level } from '../engine/types';
import type { ReportLabels } from '../report/build';
import { verdictText } from './components/AdResult';
import { levelName } from './components/LevelBadge';
import { t } from './i18n';

export function reportLabels(): ReportLabels {
  return {
    heading: t('reportTitle'),
    created: t('reportCreated'),
    page: t('reportPage'),
    level: t('reportLevel'),
    levelName: (level) => levelName(level as Level),
    verdict: (count) => verdictText(count),
    flags: t('reportFlags'),
    words: t('flagWords'),
    why: t('flagWhy'),
    ask: t('flagAsk'),
    source: t('flagSource'),
    reassurances: t('reassurancesTitle'),
    context: t('contextLabel'),
    adText: t('reportAdText'),
    pastedText: t('reportPastedText'),
    note: t('reportNote'),
    screenshot: t('reportScreenshot'),
    noScreenshot: t('reportNoScreenshotShort'),
    nothingSent: t('reportNothingSent'),
    fields: {
      title: t('fieldTitle'),
      company: t('fieldCompany'),
      location: t('fieldLocation'),
      salary: t('fieldSalary'),
      contact: t('fieldContact'),
      description: t('fieldDescription'),
    },
  };
}
