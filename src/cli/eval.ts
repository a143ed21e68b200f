// npm run -s eval -- [FILE.jsonl]: precision, recall and false-positive rate per level, ROC AUC, per-language
// results and the rules that fire most on legitimate ads. Labels: "fraud"/"legit" (also 1/0, true/false).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { engineFromDisk } from '../engine/node-rules';
import type { Level } from '../engine/types';
import { adRowSchema, rowToAd } from './ad-input';
import { atLevel, rocAuc, type Scored } from './metrics';

export const DEFAULT_EVAL_FILE = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'emscad-dev.jsonl',
);

export interface EvalReport {
  n: number;
  frauds: number;
  auc: number;
  levels: ReturnType<typeof atLevel>[];
  byLanguage: {
    lang: string;
    n: number;
    supported: boolean;
    auc: number;
    recallMedium: number;
    fprHigh: number;
  }[];
  legitRules: [string, number][];
}

function isFraud(label: unknown): boolean | null {
  if (label === 'fraud' || label === 1 || label === true || label === '1' || label === 'fraudulent')
    return true;
  if (label === 'legit' || label === 0 || label === false || label === '0' || label === 'legitimate')
    return false;
  return null;
}

export function evaluateFile(file: string): EvalReport {
  const engine = engineFromDisk();
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const rows: (Scored & { lang: string; supported: boolean; rules: string[] })[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
    const fraud = isFraud((raw as { label?: unknown }).label);
    if (fraud === null) throw new Error(`${file}:${i + 1}: "label" must be "fraud" or "legit"`);
    const parsed = adRowSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    const result = engine.scan(rowToAd(parsed.data, `line-${i + 1}`));
    rows.push({
      fraud,
      score: result.score,
      level: result.level,
      lang: parsed.data.lang ?? result.language.detected,
      supported: result.language.supported,
      rules: [...new Set(result.flags.filter((f) => f.kind === 'structural').map((f) => f.rule))],
    });
  });
  const legitRules = new Map<string, number>();
  for (const r of rows)
    if (!r.fraud && r.level !== 'none')
      for (const rule of r.rules) legitRules.set(rule, (legitRules.get(rule) ?? 0) + 1);
  const langs = new Map<string, typeof rows>();
  const hasLang = lines.some((l) => /"lang"\s*:/.test(l));
  if (hasLang) for (const r of rows) langs.set(r.lang, [...(langs.get(r.lang) ?? []), r]);
  return {
    n: rows.length,
    frauds: rows.filter((r) => r.fraud).length,
    auc: rocAuc(rows),
    levels: (['low', 'medium', 'high'] as Level[]).map((l) => atLevel(rows, l)),
    byLanguage: [...langs.entries()].map(([lang, rs]) => ({
      lang,
      n: rs.length,
      supported: rs.every((r) => r.supported),
      auc: rocAuc(rs),
      recallMedium: atLevel(rs, 'medium').recall,
      fprHigh: atLevel(rs, 'high').fpr,
    })),
    legitRules: [...legitRules.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10),
  };
}

const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);

export function formatReport(file: string, r: EvalReport): string {
  const out = [
    `Evaluation of ${file}: ${r.n} ads (${r.frauds} fraud, ${r.n - r.frauds} legitimate)`,
    `ROC AUC: ${r.auc.toFixed(3)}`,
    '',
  ];
  out.push('level    flagged  precision  recall    FPR');
  for (const l of r.levels)
    out.push(
      `>=${l.level.padEnd(7)}${String(l.flagged).padStart(7)}  ${pct(l.precision)}    ${pct(l.recall)}  ${pct(l.fpr)}`,
    );
  if (r.byLanguage.length > 0) {
    out.push('', 'lang   n     AUC    recall@medium  FPR@high');
    for (const l of r.byLanguage)
      out.push(
        `${l.lang.padEnd(5)}${String(l.n).padStart(4)}  ${Number.isNaN(l.auc) ? '  n/a' : l.auc.toFixed(3)}  ${pct(l.recallMedium)}        ${pct(l.fprHigh)}${l.supported ? '' : '  (no rule pack: not a safe verdict)'}`,
      );
  }
  out.push('', 'Rules firing most on legitimate ads flagged low or above:');
  for (const [rule, n] of r.legitRules) out.push(`  ${String(n).padStart(4)}  ${rule}`);
  return out.join('\n');
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const file = argv[0] ?? DEFAULT_EVAL_FILE;
  if (!existsSync(file)) {
    if (argv[0]) {
      err(`eval: file not found: ${file}`);
      return 2;
    }
    out(`eval: skipped, the development set is not at ${file} (pass a labelled .jsonl file).`);
    return 0;
  }
  try {
    out(formatReport(file, evaluateFile(file)));
    return 0;
  } catch (error) {
    err(`eval: ${(error as Error).message}`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(`${s}\n`),
    (s) => process.stderr.write(`${s}\n`),
  );
}
