#!/usr/bin/env node
// UI-level test in a real VS Code workbench (code-server + headless chromium via playwright-core), with
// FactLens installed the way a .vsix installs it: what a writer sees on screen, not what the API says.
// Squiggles per severity, Problems panel rows, the hover card with evidence, and a citation inserted
// through the Ctrl+. quick-fix menu. Exit code: 0 passed, 1 failed, 2 timed out.
// Screenshots go to .e2e-artifacts/ui-*/; docs/images/*.png are (re)written when missing or with
// FACTLENS_UPDATE_SCREENSHOTS=1.
'use strict';
const fs = require('fs');
const path = require('path');
const { REPO, missingFor } = require('./support/prerequisites');
const { createRun, copyWorkspace, startCodeServer, launchBrowser, printLogs } = require('./support/workbench');
const { finishRun } = require('./support/run');
const { killGroupNow } = require('./support/processes');
const { drafts } = require('./expectations');

const LIMIT_MS = +(process.env.FACTLENS_E2E_TIMEOUT_MS || 300000);
const DOCS_IMAGES = path.join(REPO, 'docs/images');
const t0 = Date.now();
const log = (...a) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const squash = (s) => s.replace(/\s+/g, ' ').trim();

async function screenshot(page, run, name) {
  const file = path.join(run.logs, name);
  await page.screenshot({ path: file });
  const docsFile = path.join(DOCS_IMAGES, name);
  if (process.env.FACTLENS_UPDATE_SCREENSHOTS === '1' || !fs.existsSync(docsFile)) {
    fs.mkdirSync(DOCS_IMAGES, { recursive: true });
    fs.copyFileSync(file, docsFile);
    log(`screenshot ${path.relative(REPO, docsFile)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
  }
}

async function scenario(page, server, workspace, run) {
  const bones = drafts.bones;
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`, { timeout: 60000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
  log('workbench rendered');

  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: bones.file }).first();
  await row.waitFor({ timeout: 60000 });
  await row.click();
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines', { hasText: 'Magnesium and your bones' }).waitFor({ timeout: 60000 });
  log('editor shows', bones.file);

  // 1. Squiggles: one class per severity (contradicted = error, overstated = warning, unverified = info).
  for (const cls of ['squiggly-error', 'squiggly-warning', 'squiggly-info']) {
    await editor.locator(`.${cls}`).first().waitFor({ state: 'attached', timeout: 90000 });
    log(`.${cls}:`, await editor.locator(`.${cls}`).count());
  }

  // 2. The status bar item counts the active draft's verdicts: "FactLens: <contradicted> ✗ <overstated+disputed> ⚠ <supported> ✓".
  const count = (...verdicts) => bones.claims.filter((c) => verdicts.includes(c.verdict)).length;
  const expectedStatus = `FactLens: ${count('contradicted')} ✗ ${count('overstated', 'disputed')} ⚠ ${count('supported')} ✓`;
  const status = page.locator('.statusbar-item', { hasText: 'FactLens:' }).first();
  await status.waitFor({ timeout: 30000 });
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('.statusbar-item')].some((e) => e.textContent.replace(/\s+/g, ' ').includes(expected)),
    expectedStatus,
    { timeout: 30000 },
  ).catch(async () => {
    throw new Error(`status bar shows "${squash(await status.innerText())}", expected "${expectedStatus}"`);
  });
  log('status bar:', squash(await status.innerText()));

  // 3. Problems panel rows carry FactLens messages.
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row', { hasText: 'factlens' });
  await problems.first().waitFor({ timeout: 30000 });
  const rows = (await problems.allInnerTexts()).map(squash);
  log(`problems rows: ${rows.length}`, '|', rows[0]);
  const expectedRows = bones.claims.filter((c) => c.verdict !== 'supported').length;
  if (rows.length < expectedRows) throw new Error(`expected at least ${expectedRows} FactLens problems, got ${rows.length}: ${rows.join(' / ')}`);
  if (!rows.some((r) => /contradicted/i.test(r))) throw new Error(`no contradicted problem among: ${rows.join(' / ')}`);

  // 4. Hover card over the contradicted sentence (the error squiggle) shows the evidence.
  const squiggle = editor.locator('.squiggly-error').first();
  await squiggle.scrollIntoViewIfNeeded();
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2, { steps: 5 });
  const hover = page.locator('.monaco-hover:visible', { hasText: 'evidence' }).first();
  await hover.waitFor({ state: 'visible', timeout: 30000 });
  const hoverText = squash(await hover.innerText());
  log('hover:', hoverText.slice(0, 160));
  if (!/FactLens/.test(hoverText) || !/“[^”]{20,}”/.test(hoverText)) throw new Error(`hover lacks a FactLens verdict or a quote: ${hoverText}`);
  await screenshot(page, run, 'workbench.png');

  // 5. A citation through the quick-fix menu (Ctrl+.) on the supported sentence.
  await page.keyboard.press('Escape');
  const supported = bones.claims.find((c) => c.verdict === 'supported').sentence;
  await editor.locator('.view-line', { hasText: supported.slice(0, 25) }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Period');
  const menu = page.locator('.action-widget');
  const cite = menu.locator('.monaco-list-row', { hasText: /Cite|Insert citation/ }).first();
  await cite.waitFor({ state: 'visible', timeout: 30000 });
  log('quick fixes:', squash(await menu.innerText()).slice(0, 200));
  await screenshot(page, run, 'quick-fix.png');
  // Pick it with the keyboard, as a writer would (the menu's pointer block swallows synthetic clicks).
  const focused = menu.locator('.monaco-list-row.focused');
  for (let i = 0; i < 8 && !/Cite|Insert citation/.test(await focused.innerText().catch(() => '')); i++) await page.keyboard.press('ArrowDown');
  if (!/Cite|Insert citation/.test(await focused.innerText())) throw new Error('could not select the citation quick fix');
  await page.keyboard.press('Enter');
  await editor.locator('.view-lines', { hasText: '[^' }).waitFor({ timeout: 30000 });
  const text = (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
  if (!new RegExp(supported.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s?\\[\\^').test(text)) {
    throw new Error(`the citation is not right after the sentence:\n${text}`);
  }
  log('citation inserted:', text.split('\n').find((l) => l.includes('[^')));
}

async function main() {
  const missing = missingFor('ui');
  if (missing.length) {
    console.error(`cannot run the UI test, missing: ${missing.join('; ')}. Run \`npm run setup:e2e\` to install them.`);
    return 1;
  }
  const run = createRun('ui');
  const workspace = copyWorkspace(run.scratch);
  let server, browser, failed = true;
  const hardStop = (why, code) => {
    console.error(`UI test: ${why}`);
    printLogs(run, server);
    killGroupNow(server?.child);
    process.exit(code);
  };
  const timer = setTimeout(() => hardStop(`not finished within ${LIMIT_MS / 1000}s`, 2), LIMIT_MS);
  process.once('SIGINT', () => hardStop('interrupted', 130));
  process.once('SIGTERM', () => hardStop('terminated', 143));
  try {
    server = await startCodeServer(run, { installExtension: true });
    log('code-server on', server.origin, 'logs in', run.logs);
    browser = await launchBrowser(run, { width: 1280, height: 800 });
    await scenario(browser.page, server, workspace, run);
    failed = false;
  } catch (e) {
    console.error('UI test failed:', e && e.stack ? e.stack : e);
    try {
      await browser?.page.screenshot({ path: path.join(run.logs, 'failure.png') });
      console.error('screenshot:', path.join(run.logs, 'failure.png'));
    } catch {}
  } finally {
    clearTimeout(timer);
    if (failed) printLogs(run, server);
    try {
      await browser?.context.close();
    } catch {}
    await server?.stop();
    finishRun(run, !failed);
  }
  log(failed ? 'FAILED' : 'PASSED');
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
