import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot be fetched here.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

// E2E_PORT moves both servers (it and the next port), so several checkouts can run their tests at once.
const simPort = Number(process.env.E2E_PORT ?? 8181);
const sdkPort = simPort + 1;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs },
    viewport: { width: 1100, height: 800 },
  },
  webServer: [
    // Outside AgentDesktop: no SDK script, the widget runs its simulator.
    { command: 'node e2e/serve.mjs', cwd: '..', url: `http://127.0.0.1:${simPort}/AD/widget/`, env: { PORT: String(simPort) },
      reuseExistingServer: false },
    // "Inside AgentDesktop": a stand-in SDK script at /AD/widget/agentdesktop_widget.js.
    { command: 'node e2e/serve.mjs', cwd: '..', url: `http://127.0.0.1:${sdkPort}/AD/widget/`,
      env: { PORT: String(sdkPort), SDK_FIXTURE: 'e2e/fixtures/agentdesktop_widget.js' }, reuseExistingServer: false },
  ],
});
