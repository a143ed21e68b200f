// The popup end to end with the built extension: a flagged page, a clean page, a page not yet checked, a results
// page with several ads, "Check a message", the hotline for the country set in the options, and "Prepare a
// report" down to the downloaded files. axe-core runs on every screen; screenshots go to artifacts/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { type ExtensionHarness, launchExtension } from './support/extension';

interface Flag {
  rule: string;
  kind: 'structural' | 'context';
  evidence: string;
  sources: Array<{ document: string }>;
}

/** Warning signs as a person counts them: one per structural rule (the engine reports every match; context
 * flags only add weight and are never a sign of their own). */
function signs(flags: Flag[]): Map<string, Flag> {
  const byRule = new Map<string, Flag>();
  for (const flag of flags)
    if (flag.kind !== 'context' && !byRule.has(flag.rule)) byRule.set(flag.rule, flag);
  return byRule;
}
const lower = (texts: string[]) => texts.map((text) => text.toLowerCase());

interface ScanState {
  url: string;
  pageKind: string;
  ads: Array<{
    index: number;
    result: { level: string; flags: Flag[] };
  }>;
}

const CLEAN_AD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Payroll accountant</title></head><body>
<main><article itemscope itemtype="https://schema.org/JobPosting">
<h1 itemprop="title">Payroll accountant (full time)</h1>
<p><span itemprop="hiringOrganization">Northfield Dairy Cooperative</span> · <span itemprop="jobLocation">Leeds</span></p>
<div itemprop="description">We are looking for a payroll accountant to join our finance team of six at our head office.
You will run the monthly payroll for 240 staff across three sites, reconcile the payroll control accounts, answer questions
from colleagues about their payslips, and prepare monthly and year-end reports for the finance director. You will also
help us move to a new payroll system next spring, working with our IT team and the software supplier.
Requirements: a recognised accounting or payroll qualification, at least three years of payroll experience in a company
of similar size, good knowledge of tax and national insurance rules, and confidence with spreadsheets. Experience of
pension auto-enrolment is useful but not essential, and we will provide training on our own systems.
What we offer: a permanent contract, a salary in the range published on our careers page, 25 days of annual leave plus
bank holidays, a pension scheme with employer contributions, flexible start and finish times, and free parking on site.
The role is based in our Leeds office, close to the train station.
How to apply: send your CV and a short cover letter through the careers page on our website. Interviews take place at our
office with the finance director and a member of the payroll team. If you need any adjustments for the interview, tell us
when you apply and we will arrange them. We welcome applications from everyone and we will reply to every applicant.</div>
</article></main></body></html>`;

const LISTING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs abroad – results</title></head><body>
<main><h1>Jobs abroad</h1>${[
  [
    'Hostess work in a club abroad – flight paid',
    'Hostesses wanted for a club abroad. Salary $5,000 per month, no experience needed. We pay your flight ticket and visa now; the cost is deducted from your first salaries. Your passport will be kept by the agency.',
  ],
  [
    'Warehouse operative, day shifts',
    'Warehouse operative for picking and packing in our distribution centre. Forklift licence an advantage. Permanent contract, paid weekly, 38 hours. Apply on our website.',
  ],
  [
    'Customer service online, Cambodia – free flight and visa',
    'Online customer service job in Cambodia. Free flight and visa, typing only, salary 2000 USD. Passport kept by the company for the work permit. Contact on Telegram only.',
  ],
]
  .map(
    ([
      title,
      description,
    ]) => `<article itemscope itemtype="https://schema.org/JobPosting"><h2 itemprop="title">${title}</h2>
<div itemprop="description">${description}</div></article>`,
  )
  .join('\n')}</main></body></html>`;

describe('popup', () => {
  let h: ExtensionHarness;

  // Each test opens its page with its own ?case= query: the harness finds a tab by its URL.
  beforeAll(async () => {
    h = await launchExtension({
      ...(process.env.POPUP_E2E_DIR ? { extensionDir: process.env.POPUP_E2E_DIR } : {}),
      routes: new Map([
        ['/popup/clean.html', CLEAN_AD],
        ['/popup/listing.html', LISTING],
        [
          '/popup/unscanned.html',
          CLEAN_AD.replace('Payroll accountant (full time)', 'Payroll accountant (part time)'),
        ],
      ]),
    });
    await h.setSettings({ country: 'US' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('explains each flag of a flagged ad with its words and source, and shows the hotline for the chosen country', async () => {
    const page = await h.openPage('/history/hostess.html?case=1');
    const state = await h.scanTab<ScanState | null>(page);
    expect(state?.ads).toHaveLength(1);
    const flags = state!.ads[0]!.result.flags;
    expect(flags.length).toBeGreaterThan(0);

    const popup = await h.openPopup(page);
    const result = popup.getByTestId('page-result');
    await result.waitFor();
    const bySign = [...signs(flags).values()];
    expect(await result.locator('.verdict-title').textContent()).toBe(
      bySign.length === 1 ? 'This ad shows 1 warning sign' : `This ad shows ${bySign.length} warning signs`,
    );
    expect(await result.locator('ul.signs > li.flag').count()).toBe(bySign.length);
    expect(
      await result.locator('ul.signs > li.flag').evaluateAll((els) => els.map((el) => el.dataset.rule)),
    ).toEqual(bySign.map((flag) => flag.rule));
    const evidence = lower(await result.locator('li.flag q.evidence').allTextContents());
    for (const flag of flags) expect(evidence).toContain(flag.evidence.toLowerCase());
    const sources = await result.locator('ul.signs > li.flag .source').allTextContents();
    for (const [i, flag] of bySign.entries()) {
      if (flag.sources[0]) expect(sources[i]).toContain(flag.sources[0].document);
    }
    expect(await result.textContent()).toContain('Before you accept');
    expect(await result.locator('[data-level]').first().textContent()).toMatch(/Low|Medium|High/);

    const hotlines = popup.getByTestId('hotlines');
    expect(await hotlines.getByTestId('hotline-country').getAttribute('data-country')).toBe('US');
    expect(await hotlines.locator('[data-hotline="us-nhth"] a[href="tel:18883737888"]').count()).toBe(1);
    expect(await hotlines.textContent()).toContain('must report cases involving minors');

    await h.screenshot(popup, 'popup-flagged');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('prepares a report the user controls and downloads text, JSON and the PNG', async () => {
    const page = await h.openPage('/history/hostess.html?case=2');
    const state = await h.scanTab<ScanState | null>(page);
    const flags = state!.ads[0]!.result.flags;
    const popup = await h.openPopup(page);
    await popup.getByTestId('prepare-report').waitFor();
    // The ad's tab must be the visible one in its window, as it is when the user clicks the toolbar button.
    await page.bringToFront();

    const [report] = await Promise.all([
      h.context.waitForEvent('page', { predicate: (p) => p.url().includes('/report.html?draft=') }),
      popup.getByTestId('prepare-report').click(),
    ]);
    await report.getByTestId('report-text').waitFor();
    await report.getByTestId('note').fill('Contacted me on WhatsApp on Monday.');
    const text = await report.getByTestId('report-text').inputValue();
    expect(text).toContain(`Page: ${page.url()}`);
    for (const flag of flags) expect(text.toLowerCase()).toContain(`“${flag.evidence.toLowerCase()}”`);
    expect(text).toContain('Contacted me on WhatsApp on Monday.');
    expect(text).toMatch(/Date and time: \d{4}-\d{2}-\d{2}T/);
    // Needs tabs.captureVisibleTab: activeTab in real use; the e2e build must grant <all_urls> to stand in for it.
    const noShot = (await report.getByTestId('no-screenshot').count())
      ? await report.getByTestId('no-screenshot').textContent()
      : '';
    expect(await report.getByTestId('screenshot').count(), `screenshot of the visible page (${noShot})`).toBe(
      1,
    );
    expect(await report.getByTestId('mailto').getAttribute('href')).toMatch(/^mailto:\?subject=.+&body=/);

    const download = async (testId: string) => {
      const [file] = await Promise.all([report.waitForEvent('download'), report.getByTestId(testId).click()]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const json = await download('download-json');
    expect(json.name).toMatch(/^ad-report-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    const parsed = JSON.parse(json.bytes.toString('utf8'));
    expect(parsed.text).toBe(text);
    expect(parsed.ads[0].flags.map((f: { rule: string }) => f.rule)).toEqual([...signs(flags).keys()]);
    const jsonEvidence = lower(
      [...parsed.ads[0].flags, ...parsed.ads[0].context].flatMap((f: { evidence: string[] }) => f.evidence),
    );
    for (const flag of flags) expect(jsonEvidence).toContain(flag.evidence.toLowerCase());
    expect(parsed.screenshot.dataUrl).toMatch(/^data:image\/png;base64,/);
    const txt = await download('download-text');
    expect(txt.bytes.toString('utf8')).toBe(text);
    const png = await download('download-png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    await h.screenshot(report, 'report-page');
    expect(await seriousViolations(report)).toEqual([]);
    await report.close();
    await popup.close();
  });

  it('says a clean ad shows no warning signs, without calling it safe', async () => {
    const page = await h.openPage('/popup/clean.html?case=3');
    const state = await h.scanTab<ScanState | null>(page);
    expect(state?.ads[0]?.result.flags).toEqual([]);
    const popup = await h.openPopup(page);
    const result = popup.getByTestId('page-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('No warning signs found in this ad.');
    expect(await result.textContent()).toContain('That is not a guarantee');
    expect(await result.locator('li.flag').count()).toBe(0);
    expect(await popup.getByTestId('prepare-report').count()).toBe(0);
    await h.screenshot(popup, 'popup-clean');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('checks a page on request, with the keyboard alone', async () => {
    const page = await h.openPage('/popup/unscanned.html?case=4');
    const popup = await h.openPopup(page);
    const button = popup.getByTestId('check-page');
    await button.waitFor();
    for (let i = 0; i < 10 && !(await button.evaluate((el) => el === document.activeElement)); i++) {
      await popup.keyboard.press('Tab');
    }
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByTestId('page-result').waitFor();
    expect(await popup.getByTestId('page-result').textContent()).toContain('No warning signs found');
    await popup.close();
  });

  it('lists the ads of a results page and opens the one chosen', async () => {
    const page = await h.openPage('/popup/listing.html?case=5');
    const state = await h.scanTab<ScanState | null>(page);
    expect(state?.ads.length).toBeGreaterThan(1);
    const popup = await h.openPopup(page);
    const list = popup.getByTestId('ad-list');
    await list.waitFor();
    expect(await list.locator('.ad-button').count()).toBe(state!.ads.length);
    const risky = state!.ads.find((ad) => ad.result.flags.length > 0)!;
    await list.locator(`.ad-button[data-index="${risky.index}"]`).focus();
    await popup.keyboard.press('Enter');
    const title = popup.getByTestId('chosen-title');
    await title.waitFor();
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await popup.locator('ul.signs > li.flag').count()).toBe(signs(risky.result.flags).size);
    await h.screenshot(popup, 'popup-listing-chosen');
    await popup.getByTestId('back-to-list').click();
    await list.waitFor();
    await h.screenshot(popup, 'popup-listing');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('checks a pasted message', async () => {
    const page = await h.openPage('/popup/clean.html?case=6');
    const popup = await h.openPopup(page);
    await popup.getByTestId('check-message').locator('summary').click();
    await popup
      .getByLabel('Text to check')
      .fill(
        'Hi! Job in a club abroad, $5000 a month. We pay your ticket and visa now, you repay from your salary. The agency keeps your passport. Reply on WhatsApp.',
      );
    await popup.getByRole('button', { name: 'Check the text' }).click();
    const result = popup.getByTestId('message-result');
    await result.waitFor();
    expect(await result.locator('ul.signs > li.flag').count()).toBeGreaterThan(0);
    await h.screenshot(popup, 'popup-message');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('shows the lines of the country chosen in the options and says when a line is not verified', async () => {
    const page = await h.openPage('/popup/clean.html?case=7');
    await h.setSettings({ country: 'AU' });
    const popup = await h.openPopup(page);
    const line = popup.locator('[data-hotline="au-afp"]');
    await line.waitFor();
    expect(await line.getAttribute('data-verified')).toBe('false');
    expect(await line.textContent()).toContain('Not yet verified');
    await h.setSettings({ country: 'US' });
    await popup.close();
  });
});
