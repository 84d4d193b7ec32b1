import { describe, expect, it } from 'vitest';
import { boundaryOf, countParts } from './multipart-parts.ts';

/** A multipart body as a browser writes it, its fields' names and values as given. */
async function bodyOf(fields: [string, string][]): Promise<{ bytes: Uint8Array; boundary: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  const request = new Request('http://x/', { method: 'POST', body: form });
  const boundary = boundaryOf(request.headers.get('content-type') ?? '');
  if (!boundary) throw new Error('no boundary');
  return { bytes: new Uint8Array(await request.arrayBuffer()), boundary };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('boundaryOf', () => {
  it.each([
    ['multipart/form-data; boundary=abc', 'abc'],
    ['multipart/form-data; boundary="a b;c"', 'a b;c'],
    ['multipart/form-data;BOUNDARY=xyz; charset=utf-8', 'xyz'],
    ['multipart/form-data', null],
    ['multipart/form-data; boundary=', null],
  ])('%s reads %s', (type, boundary) => {
    expect(boundaryOf(type)).toBe(boundary);
  });
});

describe('countParts', () => {
  it.each([0, 1, 3, 12])('counts the %i parts a browser wrote', async (n) => {
    const { bytes, boundary } = await bodyOf(Array.from({ length: n }, (_, i) => [`f${i}`, `value ${i}`]));
    expect(countParts(bytes, boundary, 100)).toBe(n);
  });

  it('stops counting one past the limit', async () => {
    const { bytes, boundary } = await bodyOf(Array.from({ length: 500 }, (_, i) => [`f${i}`, 'x']));
    expect(countParts(bytes, boundary, 12)).toBe(13);
  });

  it('counts the parts that follow a close delimiter standing inside a part', () => {
    const body = bytes(
      '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx--b--y\r\n' +
        '--b\r\nContent-Disposition: form-data; name="c"\r\n\r\n1\r\n' +
        '--b\r\nContent-Disposition: form-data; name="d"\r\n\r\n2\r\n--b--\r\n',
    );
    expect(countParts(body, 'b', 100)).toBe(3);
  });

  it('counts a boundary written without its line break before it', () => {
    const body = bytes('--b\r\n\r\nx--b\r\n\r\ny\r\n--b--');
    expect(countParts(body, 'b', 100)).toBe(2);
  });

  it('finds no part in a body without the boundary, or cut inside it', () => {
    expect(countParts(bytes('hello --c world'), 'b', 100)).toBe(0);
    expect(countParts(bytes('--bounda'), 'boundary', 100)).toBe(0);
  });
});
