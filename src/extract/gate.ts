// The cheap gate, run before any extraction (like Readability's isProbablyReaderable): a handful of
// querySelector calls and one regex over the title, so pages that are neither ads nor listings cost ~nothing.
import { hostnameOf } from './adapters/run';
import { SITE_ADAPTERS } from './adapters/sites';
import { type Finder, nativeFinder } from './finder';
import { safeQuery } from './text';

/** Job and classified-ad words in the languages where recruitment happens (title, h1, URL path). */
const JOB_WORDS = new RegExp(
  [
    // English, Romance, Germanic, Slavic, Turkish, Malay/Indonesian, Filipino, Swahili (latin script)
    '\\b(jobs?|careers?|vacanc(y|ies)|hiring|recruit\\w*|employment|classifieds?|want ads|apply now)(?![a-z])',
    '\\b(empleos?|trabajos?|vacantes?|ofertas? de (trabajo|emprego|empleo)|empregos?|vagas?( de emprego)?|anúncios?|anuncios?)(?![a-z])',
    "\\b(emplois?|offres? d'emploi|recrutement|annonces?|stellen(angebote?|anzeigen?)?|jobb(ar|en)?|vacatures?|lavoro|offerte di lavoro|annunci)(?![a-z])",
    '\\b(praca|oferty pracy|ogłoszeni\\w*|loc(uri)? de munc[aă]|anun[tţț]\\w*|práce|prace|inzerát\\w*|poslovi|állás\\w*)(?![a-z])',
    '\\b(i[sş] ilan\\w*|kariyer|lowongan|loker|kerja|pekerjaan|jawatan kosong|trabaho|ajira|nafasi za kazi|naukri)(?![a-z])',
    // Cyrillic, Vietnamese, Thai, CJK, Devanagari, Arabic, Hebrew (no word boundaries in JS for these)
    'работа|вакансi?и|вакансия|робота|обява|объявлени|việc làm|tuyển dụng|หางาน|สมัครงาน|ตำแหน่งงาน|งาน',
    '招聘|求职|求職|职位|職缺|工作|求人|採用|채용|구인|नौकरी|भर्ती|रोजगार|وظائف|وظيفة|توظيف|فرص عمل|דרושים|משרות',
  ].join('|'),
  'i',
);

const JOB_PATH = /\/(jobs?|careers?|vacanc|empleo|emprego|vagas?|emploi|stellen|praca|rabota|vakansii|viec-lam|lowongan|loker|naukri|locuri-de-munca|oferta|job-listings|viewjob|classified)/i;

export function hasJobWords(text: string): boolean {
  return JOB_WORDS.test(text);
}

function titleText(doc: Document): string {
  const h1 = safeQuery(doc, 'h1')?.textContent ?? '';
  const og = safeQuery(doc, 'meta[property="og:title"]')?.getAttribute('content') ?? '';
  return `${doc.title ?? ''} \n ${h1.slice(0, 300)} \n ${og.slice(0, 300)}`;
}

/** Reasons the page looks like a job ad or a listing; empty when it does not. */
export function gateReasons(doc: Document, url?: string, finder: Finder = nativeFinder(doc)): string[] {
  const reasons: string[] = [];
  const host = hostnameOf(url);
  if (host && SITE_ADAPTERS.some((adapter) => adapter.hosts.test(host))) reasons.push('known-site');
  const ldJson = finder.all('script').some(
    (s) => /ld\+json/i.test(s.getAttribute('type') ?? '') && /JobPosting/.test(s.textContent ?? ''),
  );
  if (ldJson) reasons.push('jsonld');
  if (finder.all('[itemtype]').some((el) => /JobPosting/i.test(el.getAttribute('itemtype') ?? ''))) {
    reasons.push('microdata');
  }
  if (SITE_ADAPTERS.some((adapter) => adapter.signature?.some((selector) => finder.first(selector)))) {
    reasons.push('site-markup');
  }
  if (hasJobWords(titleText(doc))) reasons.push('title-words');
  if (url && JOB_PATH.test(url.replace(/^[a-z]+:\/\/[^/]+/i, ''))) reasons.push('url-path');
  return reasons;
}

export function isProbablyJobPage(doc: Document, url?: string, finder?: Finder): boolean {
  return gateReasons(doc, url, finder).length > 0;
}
