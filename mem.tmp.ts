import { createEngine } from './server/src/engine/createEngine';
import { loadBuiltinDatabase } from './server/src/engine/db/load';
const engine = createEngine(loadBuiltinDatabase());
let text = 'Magnesium is stored in bone and calcium is too. '.repeat(5000); // ~240 KB, one paragraph
const gc = (globalThis as any).gc;
for (let i = 0; i < 200; i++) {
  text = text.slice(0, 1000) + String(i % 10) + text.slice(1000);
  engine.analyze(text);
  if (i % 50 === 49) { gc?.(); console.log(i + 1, Math.round(process.memoryUsage().heapUsed / 1e6), 'MB heap'); }
}
