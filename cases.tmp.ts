import fs from 'node:fs';
import { draftTitle } from './src/lib/extract/headline';
const spec = fs.readFileSync('src/lib/extract/headline.spec.ts', 'utf8');
const re = /title\(\s*((?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))\s*,\s*((?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"))\s*,?\s*\)\s*\)\s*(?:\.not)?\.(?:toBe|toMatch)\(\s*((?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/[^\n]*\/))/g;
let ok = 0, n = 0;
for (const m of spec.matchAll(re)) {
  const s = eval(m[1]), e = eval(m[2]); const exp = m[3].startsWith('/') ? m[3] : eval(m[3]);
  const at = s.indexOf(e); const got = draftTitle(s, at, at + e.length); n++;
  const pass = typeof exp === 'string' ? got === exp : true;
  if (pass) ok++; else console.log(`✗ ${JSON.stringify(got)}\n    want ${JSON.stringify(exp)}\n    ${s} [${e}]`);
}
console.log(ok, '/', n);
