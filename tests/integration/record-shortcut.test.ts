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
const navigate = (path: string, site?: string) =>
  fetch(`${server.url}${path}`, {
    redirect: 'manual',
    headers: { 'sec-fetch-mode': 'navigate', ...(site ? { 'sec-fetch-site': site } : {}) },
  });

describe('/?action=record opened from elsewhere', () => {
  it.each(['cross-site', 'same-site'])('is sent to wait for a tap when the browser says %s', async (site) => {
    const res = await navigate('/?action=record', site);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/?action=offer');
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
