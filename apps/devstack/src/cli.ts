import { loadConfig } from '@uplift/config';
import { runCommand } from './cli/commands';
import { AUDIT_USAGE, runAuditCommand } from './cli/audit-commands';
import { DECISION_USAGE, runDecisionCommand } from './cli/decision-commands';
import { USAGE, UsageError } from './cli/usage';

// Entry point of `npm run uplift -- <command>`: operator commands against the engine's database.

async function main(words: readonly string[]): Promise<number> {
  if (words.length === 0 || words[0] === 'help' || words[0] === '--help' || words[0] === '-h') {
    console.log(`${USAGE}\n${DECISION_USAGE}\n${AUDIT_USAGE}`);
    return words.length === 0 ? 2 : 0;
  }
  if (words[0] === 'decision') return runDecisionCommand(words.slice(1), loadConfig(process.env));
  const config = loadConfig(process.env);
  return runAuditCommand(words, config) ?? runCommand(words, config);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`uplift: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(`uplift: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
