// klacht, gebundeld door tools/bundle.ts (npm run bundle). Niet met de hand wijzigen.
import { createRequire as __klachtCreateRequire } from 'node:module';
const require = __klachtCreateRequire(import.meta.url);

// not-in-bundle:../common/BrowserWebSocketTransport.js
throw new Error("Interne fout: ../common/BrowserWebSocketTransport.js zit niet in de bundel van klacht (tools/bundle.ts).");
