// The core's SHA-256 gives the digests of the standard and of Node's own crypto.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '../core/sha256';

const node = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

describe('sha256Base64', () => {
  it('gives the FIPS 180-4 digests of "" and "abc"', () => {
    // e3b0c442…b855 and ba7816bf…15ad, in base64
    expect(sha256Base64('')).toBe('47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Base64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });

  it('agrees with Node across block boundaries (55, 56, 63, 64, 65 bytes) and on non-ASCII text', () => {
    for (const n of [1, 55, 56, 63, 64, 65, 119, 120, 1000, 100_000]) expect(sha256Base64('x'.repeat(n)), `${n} bytes`).toBe(node('x'.repeat(n)));
    const text = 'Victims’ Code — £1,204 ▲ 61% ±3 \u{1F46E} </script>';
    expect(sha256Base64(text)).toBe(node(text));
  });
});
