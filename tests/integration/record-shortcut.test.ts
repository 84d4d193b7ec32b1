/**
 * The shortcut's `/?action=record` opened by another site's page: the real Node server, serving
 * the built page, sends the navigation the browser marks as another site's (Sec-Fetch-Site) to
 * `/?action=offer`, where the page waits for a tap instead of recording. The person's own launch
 * (a home-screen shortcut, a bookmark: `none`) and the app's own links get the page as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dist: string;
let server: RunningServer;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'vt-shortcut-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>VoiceTrack</title>');
  server = await startServer({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      LOG_LEVEL: 'silent',
      GROQ_API_KEY: '',
      OPENAI_API_KEY: '',
      SUPABASE_URL: '',
      DATABASE_URL: '',
      PAIRING: '',
      PUBLIC_URL: '',
      ALLOWED_HOSTS: '',
    },
    webDist: dist,
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A page navigation to `path`, as the browser marks who opened it (no header: an older browser). */
const navigate = (path: string, site?: string, more: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    redirect: 'manual',
    headers: { 'sec-fetch-mode': 'navigate', ...(site ? { 'sec-fetch-site': site } : {}), ...more },
  });

/** The same navigation as a service worker's navigation preload (the browser adds this header). */
const preload = (path: string, site?: string) =>
  navigate(path, site, { 'service-worker-navigation-preload': 'true' });

describe('/?action=record opened from elsewhere', () => {
  it.each(['cross-site', 'same-site'])('is sent to wait for a tap when the browser says %s', async (site) => {
    for (const path of ['/?action=record', '/month?action=record', '/?month=2026-12&action=record']) {
      const res = await navigate(path, site);
      expect([path, res.status, res.headers.get('location')]).toEqual([path, 303, '/?action=offer']);
    }
  });

  it.each(['none', 'same-origin', undefined])('is the page itself when the browser says %s', async (site) => {
    const res = await navigate('/?action=record', site);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>VoiceTrack</title>');
  });

  it('leaves every other page alone, another site’s links included', async () => {
    for (const path of ['/', '/?month=2026-12', '/?action=offer']) {
      const res = await navigate(path, 'cross-site');
      expect([path, res.status]).toEqual([path, 200]);
    }
  });
});

describe('the worker’s navigation preload of a page it holds', () => {
  it.each(['cross-site', 'same-site'])(
    'of /?action=record, is sent to wait when the browser says %s',
    async (site) => {
      const res = await preload('/?action=record', site);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/?action=offer');
    },
  );

  it('of /?action=record, is vouched for when the browser says none (the person’s launch)', async () => {
    const res = await preload('/?action=record', 'none');
    expect(res.status).toBe(204);
    expect(res.headers.get('voicetrack-launch')).toBe('person');
    expect(await res.text()).toBe('');
  });

  // Firefox (ESR 153) marks its preload of another site's link `same-origin`: it vouches for nothing.
  it.each(['same-origin', undefined])(
    'of /?action=record, vouches for nothing when the browser says %s',
    async (site) => {
      const res = await preload('/?action=record', site);
      expect([res.status, res.headers.get('voicetrack-launch'), await res.text()]).toEqual([204, null, '']);
    },
  );

  it('of any other page, is answered empty and vouches for nothing (the worker has the page)', async () => {
    for (const path of ['/', '/?month=2026-12', '/?action=offer']) {
      const res = await preload(path, 'none');
      expect([path, res.status, res.headers.get('voicetrack-launch'), await res.text()]).toEqual([
        path,
        204,
        null,
        '',
      ]);
    }
  });

  it('of a file or the API, is the file or the API’s answer', async () => {
    const api = await preload('/api/health', 'none');
    expect(api.status).toBe(200);
    expect(api.headers.get('content-type')).toContain('application/json');
    const missing = await preload('/favicon-none.ico', 'none');
    expect(missing.status).toBe(404);
  });
});
