import { describe, expect, test } from 'vitest';
import { bodyBytes } from './responseBody.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a response body read as bytes', () => {
  test('a body of bytes comes back as those bytes', async () => {
    const page = bytes('<p>Größe „x“ 😀</p>');
    expect(await bodyBytes(new Response(page))).toEqual(page);
  });

  test('a body of several chunks comes back whole, in order', async () => {
    const parts = ['<p>', 'Landkreis ', 'Görlitz', '</p>'];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(bytes(part));
        controller.close();
      },
    });
    const got = await bodyBytes(new Response(stream));
    expect(new TextDecoder().decode(got)).toBe(parts.join(''));
  });

  test('a string body is read as UTF-8; no body is no bytes', async () => {
    expect(new TextDecoder().decode(await bodyBytes(new Response('Ä'.repeat(70_000))))).toBe('Ä'.repeat(70_000));
    expect(await bodyBytes(new Response(null, { status: 204 }))).toEqual(new Uint8Array(0));
  });
});
