// klacht, gebundeld door scripts/tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/user-input.js
function normaliseComplaintId(text) {
  const match = /^kl-(\d{4})-(\d{1,9})$/i.exec(text.trim());
  if (!match)
    return void 0;
  const sequence = String(Number(match[2]));
  if (sequence === "0")
    return void 0;
  return `KL-${match[1]}-${sequence.padStart(3, "0")}`;
}
function matchChoice(text, choices) {
  const typed = text.trim().replace(/\s+/g, " ");
  if (choices.includes(typed))
    return typed;
  const matches = choices.filter((choice) => choice.toLocaleLowerCase("nl") === typed.toLocaleLowerCase("nl"));
  return matches.length === 1 ? matches[0] : void 0;
}

export {
  normaliseComplaintId,
  matchChoice
};
