import { engineFromDisk } from './src/engine/node-rules';
const e = engineFromDisk();
let total = 0, kept = 0;
for (const p of e.ruleSet.packs.values()) for (const x of [...p.patterns, ...p.reassure]) { total++; if (x.start === 0 && !p.segmenter) { kept++; console.log(p.lang, x.rule, x.source.slice(0, 80)); } }
console.log(total, kept);
