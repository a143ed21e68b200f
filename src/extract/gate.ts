// The cheap gate, run before any extraction (like Readability's isProbablyReaderable): a handful of
// querySelector calls and one regex over the title, so pages that are neither ads nor listings cost ~nothing.
import { ANY_SITE_SIGNATURE, hostnameOf, SITE_SIGNATURES } from './adapters/signatures';
import { type Finder, nativeFinder } from './finder';
import { safeQuery } from './text';

/**
 * Job and classified-ad words in the languages where recruitment happens, lower case. Plain substring checks,
 * not one big case-insensitive regex: compiling such a regex costs milliseconds on every page load.
 * Latin-script words must stand alone (no letter right before or after); others are matched anywhere.
 */
const LATIN_WORDS = (
  'job|jobs|career|careers|vacancy|vacancies|hiring|recruit|recruiting|recruitment|employment|classified|classifieds|' +
  'want ads|apply now|empleo|empleos|trabajo|trabajos|vacante|vacantes|oferta de trabajo|ofertas de trabajo|' +
  "oferta de emprego|emprego|empregos|vaga|vagas|anúncio|anúncios|anuncio|anuncios|emploi|emplois|offre d'emploi|" +
  "offres d'emploi|recrutement|annonce|annonces|stellenangebot|stellenangebote|stellenanzeigen|jobb|jobbar|vacature|" +
  'vacatures|lavoro|offerte di lavoro|annunci|praca|oferty pracy|ogłoszenia|ogłoszenie|loc de muncă|locuri de muncă|' +
  'loc de munca|locuri de munca|anunturi|anunţuri|anunțuri|práce|inzerát|inzeráty|poslovi|állás|állások|iş ilanı|' +
  'iş ilanları|is ilani|kariyer|lowongan|loker|kerja|pekerjaan|jawatan kosong|trabaho|ajira|nafasi za kazi|naukri'
).split('|');

const OTHER_SCRIPT_WORDS = (
  'работа|вакансии|вакансия|робота|обява|объявлени|việc làm|tuyển dụng|หางาน|สมัครงาน|ตำแหน่งงาน|งาน|' +
  '招聘|求职|求職|职位|職缺|工作|求人|採用|채용|구인|नौकरी|भर्ती|रोजगार|وظائف|وظيفة|توظيف|فرص عمل|דרושים|משרות'
).split('|');

const isLetter = (ch: string | undefined) => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  }
  return false;
}

const JOB_PATH =
  /\/(jobs?|careers?|vacanc|empleo|emprego|vagas?|emploi|stellen|praca|rabota|vakansii|viec-lam|lowongan|loker|naukri|locuri-de-munca|oferta|job-listings|viewjob|classified)/i;

export function hasJobWords(text: string): boolean {
  const lower = text.toLowerCase();
  return (
    OTHER_SCRIPT_WORDS.some((word) => lower.includes(word)) ||
    LATIN_WORDS.some((word) => hasWord(lower, word))
  );
}

function titleText(doc: Document): string {
  const h1 = safeQuery(doc, 'h1')?.textContent ?? '';
  const og = safeQuery(doc, 'meta[property="og:title"]')?.getAttribute('content') ?? '';
  return `${doc.title ?? ''} \n ${h1.slice(0, 300)} \n ${og.slice(0, 300)}`;
}

type Check = [reason: string, test: (doc: Document, url: string | undefined, finder: Finder) => boolean];

/** Cheapest first: isProbablyJobPage stops at the first one that passes. */
const CHECKS: Check[] = [
  [
    'known-site',
    (_doc, url) => {
      const host = hostnameOf(url);
      return host !== '' && SITE_SIGNATURES.some((site) => site.hosts.test(host));
    },
  ],
  ['title-words', (doc) => hasJobWords(titleText(doc))],
  ['url-path', (_doc, url) => Boolean(url && JOB_PATH.test(url.replace(/^[a-z]+:\/\/[^/]+/i, '')))],
  [
    'jsonld',
    (_doc, _url, finder) =>
      finder
        .all('script')
        .some(
          (s) => /ld\+json/i.test(s.getAttribute('type') ?? '') && /JobPosting/.test(s.textContent ?? ''),
        ),
  ],
  [
    'microdata',
    (_doc, _url, finder) =>
      finder.all('[itemtype]').some((el) => /JobPosting/i.test(el.getAttribute('itemtype') ?? '')),
  ],
  [
    'site-markup',
    // One query for all sites' markup (a selector list): the common no-match case costs one pass over the page.
    (_doc, _url, finder) => finder.first(ANY_SITE_SIGNATURE) !== null,
  ],
];

/** Reasons the page looks like a job ad or a listing; empty when it does not. */
export function gateReasons(doc: Document, url?: string, finder: Finder = nativeFinder(doc)): string[] {
  return CHECKS.filter(([, test]) => test(doc, url, finder)).map(([reason]) => reason);
}

export function isProbablyJobPage(doc: Document, url?: string, finder: Finder = nativeFinder(doc)): boolean {
  return CHECKS.some(([, test]) => test(doc, url, finder));
}
