// Accessibility and small-screen audit of the running portal (issue 14).
// Crawls every page type (numeric ids folded to {id}) reachable by links for each demo role, in French and
// English, at 1280 and 390 px; runs axe-core (WCAG 2.1 A/AA) and records sideways scrolling and nav height.
// Usage: cd tools/a11y && npm i playwright-core axe-core@4 && node audit.mjs http://localhost:8092 [out.json]
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BASE = process.argv[2] || 'http://localhost:8092';
const OUT = process.argv[3] || 'audit.json';
const PASSWORD = 'Mobilite-Europe-2026';
const ROLES = ['coordination@capmob.example', 'referent.tirel@capmob.example', 'referent.batignolles@capmob.example',
  'gestion.tirel@capmob.example', 'comptable.gip@capmob.example'];
const SKIP = /(logout|\.pdf|\.csv|\.json|\.zip|template|\/demo\/mailbox|set-password|\/report\/)/;
const MAX_PAGES = Number(process.env.MAX_PAGES || 80);

const pageType = (path) => path.replace(/\/\d+(?=\/|$)/g, '/{id}').replace(/\/[0-9a-f-]{20,}(?=\/|$)/g, '/{token}');

async function audit(page, url, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(AXE);
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
      .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0].target.join(' ') }));
  });
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    navHeight: document.querySelector('nav.navbar')?.getBoundingClientRect().height ?? null,
  }));
  return { axe, ...layout };
}

async function crawl(browser, email, lang) {
  const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${BASE}/login?lang=${lang}`);
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('#sign-in')]);
  const seen = new Map();
  const queue = ['/'];
  const results = [];
  while (queue.length && seen.size < MAX_PAGES) {
    const path = queue.shift();
    const type = pageType(path);
    if (seen.has(type)) continue;
    seen.set(type, path);
    const row = { role: email.split('@')[0], lang, type, path };
    try {
      row.w1280 = await audit(page, BASE + path, 1280);
      if (page.url().includes('/login')) { continue; }
      row.w390 = await audit(page, BASE + path, 390);
      const links = await page.$$eval('a[href]', as => as.map(a => a.getAttribute('href')));
      for (const href of links) {
        if (!href || !href.startsWith('/') || href.startsWith('//') || SKIP.test(href)) continue;
        const p = href.split('#')[0].split('?')[0];
        if (!seen.has(pageType(p)) && !queue.includes(p)) queue.push(p);
      }
    } catch (e) { row.error = String(e).slice(0, 200); }
    results.push(row);
  }
  await context.close();
  return results;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const all = [];
const anonymous = await browser.newContext();
for (const lang of ['fr', 'en']) {
  const p = await anonymous.newPage();
  for (const path of ['/login', '/privacy-notice', '/accessibility']) {
    const r = { role: 'anonymous', lang, type: path, path };
    try { r.w1280 = await audit(p, `${BASE}${path}?lang=${lang}`, 1280); r.w390 = await audit(p, `${BASE}${path}?lang=${lang}`, 390); }
    catch (e) { r.error = String(e).slice(0, 200); }
    all.push(r);
  }
}
for (const email of ROLES) for (const lang of ['fr', 'en']) all.push(...await crawl(browser, email, lang));
await browser.close();
writeFileSync(OUT, JSON.stringify(all, null, 1));

const types = new Set(all.map(r => r.type));
const bad = all.filter(r => (r.w1280?.axe.length || 0) + (r.w390?.axe.length || 0) > 0);
const wide = all.filter(r => r.w390 && r.w390.scrollWidth > r.w390.innerWidth);
console.log(`pages visited: ${all.length}, page types: ${types.size}`);
console.log(`pages with critical/serious axe violations: ${bad.length}`);
for (const r of bad) console.log(`  ${r.role} ${r.lang} ${r.type}: ${[...(r.w1280?.axe || []), ...(r.w390?.axe || [])].map(v => `${v.id}(${v.impact},${v.nodes}) ${v.target}`).join('; ')}`);
console.log(`pages scrolling sideways at 390 px: ${wide.length} (${new Set(wide.map(r => r.type)).size} types)`);
for (const r of wide) console.log(`  ${r.role} ${r.lang} ${r.type}: ${r.w390.scrollWidth}px`);
const navFr = all.filter(r => r.lang === 'fr' && r.w1280?.navHeight).map(r => r.w1280.navHeight);
console.log(`nav height at 1280 FR: max ${Math.max(...navFr)} px, min ${Math.min(...navFr)} px`);
for (const r of all.filter(r => r.error)) console.log(`  error ${r.role} ${r.lang} ${r.type}: ${r.error}`);
