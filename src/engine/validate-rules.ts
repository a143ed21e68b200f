// Build-time check of rules/: every error message, or an empty list when the rules are fine. Called from
// wxt.config.ts (build hook) and from `tsx src/cli/check-rules.ts`.
import { formatRuleFileError } from './load';
import { DEFAULT_RULES_DIR, loadRuleSetFromDisk } from './node-rules';

export function validateRulesDir(dir = DEFAULT_RULES_DIR): string[] {
  const { ruleSet, errors } = loadRuleSetFromDisk(dir, { timedRegexCheck: true });
  const messages = errors.map(formatRuleFileError);
  if (!ruleSet && messages.length === 0) messages.push(`${dir}: no usable rule set`);
  return messages;
}
