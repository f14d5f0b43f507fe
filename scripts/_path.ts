import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../playwright.config';
import { syntheticDataset } from './syntheticDataset';
const n = Number(process.argv[2] ?? 1000);
const body = JSON.stringify(syntheticDataset(n));
const server = createServer((req, res) => { res.setHeader('access-control-allow-origin', '*'); res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body); });
await new Promise<void>((r) => server.listen(5299, '127.0.0.1', r));
const browser = await chromium.launch(chromiumLaunch);
for (let rep = 0; rep < 2; rep++) {
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const t0 = Date.now();
const log: string[] = [];
page.context().on('request', (r) => log.push(`${Date.now() - t0} req ${r.resourceType()} ${r.url().split('/').pop()?.slice(0, 40)}`));
page.context().on('requestfinished', (r) => log.push(`${Date.now() - t0} done ${r.url().split('/').pop()?.slice(0, 40)}`));
page.on('worker', (w) => log.push(`${Date.now() - t0} worker ${w.url().split('/').pop()}`));
await page.goto(`http://127.0.0.1:5200/?src=${encodeURIComponent('http://127.0.0.1:5299/d.json')}`, { waitUntil: 'commit' });
const ready = await (await page.waitForFunction(`document.querySelector('[data-testid="timeline"] [data-event-id], .cluster') ? performance.now() : false`, undefined, { polling: 'raf', timeout: 120000 })).jsonValue();
log.push(`${Date.now() - t0} READY (perf ${Math.round(ready as number)})`);
if (rep) console.log(log.join('\n'));
await page.close();
}
await browser.close(); server.close();
