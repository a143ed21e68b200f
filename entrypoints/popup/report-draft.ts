// "Prepare a report": capture the visible page, hand the draft to the report page, open it in a tab.
import { browser } from '#imports';
import { newDraftId, type ReportAd, type ReportDraft } from '../../src/report/draft';
import { captureTab } from '../../src/report/screenshot';
import { saveDraft } from '../../src/report/store';

export async function openReport(input: {
  source: 'page' | 'message';
  ads: ReportAd[];
  tabId: number | null;
  pageUrl?: string;
  country: string;
}): Promise<void> {
  const draft: ReportDraft = {
    id: newDraftId(),
    createdAt: Date.now(),
    source: input.source,
    pageUrl: input.pageUrl,
    ads: input.ads,
    country: input.country,
  };
  if (input.source === 'page' && input.tabId !== null) {
    const capture = await captureTab(input.tabId);
    if ('dataUrl' in capture) draft.screenshot = { dataUrl: capture.dataUrl };
    else draft.screenshotError = capture.error;
  }
  await saveDraft(draft);
  await browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}?draft=${draft.id}` });
}
