import { chromium } from 'playwright-core';
const [,, url, out, width='375', height='900', scrollTo='0'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const p = await b.newPage({ viewport: { width: +width, height: +height } });
await p.goto(url); await p.waitForSelector('.recharts-surface'); await p.waitForTimeout(2500);
if (scrollTo !== '0') { await p.locator(scrollTo).first().scrollIntoViewIfNeeded(); await p.waitForTimeout(500); }
await p.screenshot({ path: out });
await b.close();
