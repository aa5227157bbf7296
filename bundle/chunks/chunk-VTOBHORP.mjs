// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/cli/command.js
function defineCommand(command) {
  return command;
}

export {
  defineCommand
};
