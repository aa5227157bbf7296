/**
 * A vitest reporter that ends every run with its slowest test files, so that a tier that grows
 * slow is seen at once (issue 21: "the run's slowest files are reported"). It only prints.
 */
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 8;

export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const timed = modules
      .map((m) => ({ file: m.moduleId.replace(`${process.cwd()}/`, ''), project: m.project.name, ms: m.diagnostic().duration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (timed.length === 0) return;
    const lines = timed.map((t) => `  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.project ? `[${t.project}] ` : ''}${t.file}`);
    process.stdout.write(`\nDe traagste testbestanden van deze run:\n${lines.join('\n')}\n`);
  }
}
