// Hands a report draft from the popup to the report page through storage.session (memory only).
import { browser } from '#imports';
import { DRAFT_KEY, type ReportDraft, reportDraftSchema } from './draft';

export async function saveDraft(draft: ReportDraft): Promise<void> {
  await browser.storage.session.set({ [DRAFT_KEY]: reportDraftSchema.parse(draft) });
}

/** The draft with this id, or null when it is gone (browser restarted) or does not validate. */
export async function loadDraft(id: string): Promise<ReportDraft | null> {
  const stored = (await browser.storage.session.get(DRAFT_KEY))[DRAFT_KEY];
  const parsed = reportDraftSchema.safeParse(stored);
  if (!parsed.success) {
    if (stored) console.warn('[report] stored draft does not validate', parsed.error.issues.slice(0, 3));
    return null;
  }
  return parsed.data.id === id ? parsed.data : null;
}
