// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// dist/core/process/process-state.js
function liveness(pid, host, here) {
  if (host !== void 0 && host !== here.host)
    return "elsewhere";
  try {
    here.probe(pid);
    return "running";
  } catch (error) {
    return error.code === "EPERM" ? "running" : "gone";
  }
}
function isLeftover(maker, here, rules = {}) {
  if (maker.pid === here.pid && (maker.host === void 0 || maker.host === here.host))
    return rules.ownIsLeftover === true;
  if (rules.maxAgeMs !== void 0 && maker.ageMs !== void 0 && maker.ageMs >= rules.maxAgeMs)
    return true;
  const state = liveness(maker.pid, maker.host, here);
  return state === "gone" || state === "elsewhere" && rules.elsewhereIsLeftover === true;
}

export {
  isLeftover
};
