// tsx src/cli/check-rules.ts [DIR]: validates the rule files (schema, references, regex safety with a timed run).
// Exit 1 with the messages when something is wrong.
import { validateRulesDir } from '../engine/validate-rules';

const messages = validateRulesDir(process.argv[2]);
if (messages.length > 0) {
  process.stderr.write(`${messages.join('\n')}\n`);
  process.exitCode = 1;
} else process.stdout.write('rules: OK\n');
