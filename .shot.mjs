import { chromium } from '@playwright/test';
const base = process.argv[2] ?? 'http://127.0.0.1:4180';
const paths = (process.argv[3] ?? '/').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const [name, vp] of [['desk', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  const ctx = await browser.newContext({ viewport: vp, deviceScaleFactor: 1, hasTouch: name === 'phone', isMobile: name === 'phone', colorScheme: process.env.DARK ? 'dark' : 'light' });
  const page = await ctx.newPage();
  for (const p of paths) {
    await page.goto(base + p); await page.waitForTimeout(1200);
    const file = `/tmp/shot-${name}-${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: file, fullPage: !!process.env.FULL });
    console.log(file);
  }
  await ctx.close();
}
await browser.close();
