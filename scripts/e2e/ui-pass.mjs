// Works the workbench like a person would, with the installed extension: open the broadcast
// sample, wait for the server (breadcrumbs) and the colours, hover a name, open the Outline.
// Each step is a named check; screenshots go to the results folder.
import { join } from 'node:path';

const SAMPLE = 'broadcast.transcript';
const HOVER_LINE = 'Chancellor Merkel is in no position';
const HOVER_WORD = 'Merkel';
const SPEAKERS = ['MERKEL', 'LAVROV', 'MACRON', 'VOGEL', 'HARPER'];
const EDITOR = '.editor-group-container.active .monaco-editor';

export async function runUiPass(ctx, { origin, workspace, results, say }) {
  const checks = [];
  const page = await ctx.newPage();
  const shot = (name, opts = {}) => page.screenshot({ path: join(results, name), ...opts }).catch(() => {});

  async function check(name, fn) {
    try {
      const detail = await fn();
      checks.push({ name, ok: true, detail: typeof detail === 'string' ? detail : '' });
      return true;
    } catch (err) {
      const msg = String(err?.message ?? err).split('\n')[0];
      checks.push({ name, ok: false, detail: msg });
      await shot(`failed-${checks.length}.png`);
      return false;
    }
  }

  say('UI pass: opening the workbench');
  await page.goto(`${origin}/?folder=${encodeURIComponent(workspace)}`);

  const opened = await check(`opening ${SAMPLE} from the Explorer shows its text`, async () => {
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SAMPLE }).first();
    await row.waitFor({ timeout: 45000 });
    await row.click();
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll(`${sel} .view-line`)].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes('ANGELA MERKEL')),
      EDITOR,
      { timeout: 20000 },
    );
  });
  if (!opened) return finish();

  await check('the status bar shows the News Transcript language', async () => {
    const mode = page.locator('#status\\.editor\\.mode');
    await mode.waitFor({ timeout: 10000 });
    await page.waitForFunction(() => /News Transcript/.test(document.querySelector('#status\\.editor\\.mode')?.textContent ?? ''), null, { timeout: 10000 });
    return (await mode.textContent()).trim();
  });

  await check('the server answers: breadcrumbs show the speaker turn under the cursor', async () => {
    await clickOnText(page, 'ANGELA MERKEL GERMAN CHANCELLOR', 3);
    const handle = await page.waitForFunction(
      () => {
        const items = [...document.querySelectorAll('.breadcrumbs-control .monaco-breadcrumb-item')].map((e) => e.textContent.trim());
        return items.some((t) => /MERKEL/i.test(t)) ? items.join(' › ') : false;
      },
      null,
      { timeout: 30000 },
    );
    return await handle.jsonValue();
  });

  await check('semantic colours: a person named in prose is coloured, the prose around it is not', async () => {
    const handle = await page.waitForFunction(
      ({ sel, line, word }) => {
        const row = [...document.querySelectorAll(`${sel} .view-line`)].find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(line));
        if (!row) return false;
        const spans = [...row.querySelectorAll('span > span')];
        const name = spans.find((s) => s.textContent.replace(/\u00a0/g, ' ').trim() === word);
        const prose = spans.find((s) => s.textContent.replace(/\u00a0/g, ' ').includes(' is in no position'));
        if (!name || !prose) return false;
        const a = getComputedStyle(name).color;
        const b = getComputedStyle(prose).color;
        return a !== b ? `${word} ${a}, prose ${b}` : false;
      },
      { sel: EDITOR, line: HOVER_LINE, word: HOVER_WORD },
      { timeout: 20000 },
    );
    return await handle.jsonValue();
  });
  await shot('editor.png');

  await check(`hovering "${HOVER_WORD}" shows Angela Merkel, her role and her quote`, async () => {
    const text = await hoverOn(page, HOVER_LINE, HOVER_WORD);
    if (!/Angela Merkel/i.test(text)) throw new Error(`hover text: ${text.slice(0, 200)}`);
    if (!/chancellor/i.test(text)) throw new Error(`no role in the hover: ${text.slice(0, 200)}`);
    await shot('hover.png');
    const box = await hoverClip(page, HOVER_LINE);
    if (box) await shot('hover-close-up.png', { clip: box });
    return text.replace(/\s+/g, ' ').slice(0, 120);
  });

  await page.mouse.move(5, 400);
  await check('the Outline lists the five speakers', async () => {
    const header = page.locator('.pane-header', { hasText: /^\s*Outline/i }).first();
    await header.waitFor({ timeout: 10000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    // Give the outline the height of the side bar: collapse the folder's file list.
    await page.evaluate(() => {
      const folder = [...document.querySelectorAll('.pane-header[aria-expanded="true"]')]
        .find((h) => h.closest('.explorer-viewlet') && h.parentElement?.querySelector('.explorer-folders-view'));
      folder?.click();
    });
    await page.mouse.move(900, 700);
    await page
      .waitForFunction(() => (document.querySelector('.outline-pane')?.getBoundingClientRect().height ?? 0) > 400, null, { timeout: 5000 })
      .catch(() => { /* a short outline still shows the first speakers */ });
    const handle = await page.waitForFunction(
      (speakers) => {
        const names = [...document.querySelectorAll('.outline-pane .monaco-list-row .label-name')].map((e) => e.textContent.trim());
        const found = speakers.filter((s) => names.some((n) => n.toUpperCase().includes(s)));
        return found.length === speakers.length ? names.join(' | ') : false;
      },
      SPEAKERS,
      { timeout: 15000 },
    );
    await page.waitForTimeout(500); // let the side bar finish its resize animation for the picture
    await shot('outline.png');
    return (await handle.jsonValue()).slice(0, 160);
  });

  return finish();

  async function finish() {
    await page.close().catch(() => {});
    return checks;
  }
}

/** Rectangle of `word` inside the editor line containing `lineText`, in page coordinates. */
function wordRect(page, lineText, word) {
  return page.evaluate(({ sel, lineText, word }) => {
    const row = [...document.querySelectorAll(`${sel} .view-line`)].find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(lineText));
    if (!row) return null;
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.indexOf(word);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + word.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, { sel: EDITOR, lineText, word });
}

async function clickOnText(page, lineText, offset) {
  const r = await wordRect(page, lineText, lineText.slice(0, offset));
  if (!r) throw new Error(`no editor line with "${lineText}"`);
  await page.mouse.click(r.x + r.width, r.y + r.height / 2);
}

/** Moves the mouse onto the word (and away and back) until a hover shows; returns its text. */
async function hoverOn(page, lineText, word) {
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline) {
    const r = await wordRect(page, lineText, word);
    if (!r) throw new Error(`"${word}" is not visible in the editor`);
    await page.mouse.move(r.x + r.width / 2, r.y + r.height * 3, { steps: 2 });
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 4 });
    try {
      const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents').first();
      await hover.waitFor({ state: 'visible', timeout: 2500 });
      // Wait for the server's part, not only a TextMate/word-based placeholder.
      await page.waitForFunction(
        () => /Merkel/i.test(document.querySelector('.monaco-hover:not(.hidden)')?.textContent ?? ''),
        null,
        { timeout: 2500 },
      );
      return (await page.locator('.monaco-hover:not(.hidden)').first().innerText()).trim();
    } catch {
      // Not shown yet: move away and come back.
    }
  }
  throw new Error('no hover appeared within 20 s');
}

/** A clip around the hovered line and the hover widget, for a close-up picture. */
async function hoverClip(page, lineText) {
  return page.evaluate(({ sel, lineText }) => {
    const hover = document.querySelector('.monaco-hover:not(.hidden)');
    const row = [...document.querySelectorAll(`${sel} .view-line`)].find((l) => l.textContent.replace(/\u00a0/g, ' ').includes(lineText));
    const editor = document.querySelector(sel);
    if (!hover || !row || !editor) return null;
    const h = hover.getBoundingClientRect();
    const l = row.getBoundingClientRect();
    const e = editor.getBoundingClientRect();
    const top = Math.max(0, Math.min(e.top, h.top - 8));
    const bottom = Math.min(window.innerHeight, Math.max(h.bottom, l.bottom) + 40);
    const left = Math.max(0, e.left);
    const right = Math.min(window.innerWidth, e.right);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }, { sel: EDITOR, lineText });
}
