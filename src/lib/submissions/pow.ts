/**
 * The proof of work against automated submissions, without a third party: altcha-lib (MIT) makes
 * a signed challenge the browser's altcha widget solves (PBKDF2/SHA-256, a second or two on a phone),
 * and verifies the solution the form sends back. The secrets are derived from the server's secret,
 * so nothing new needs configuring. A challenge is valid for CHALLENGE_TTL_MS and, once it has let
 * a submission through, never again (the server records its signature in the stored limits).
 *
 * A payload that is missing, malformed, forged, expired or already used is not an error: the
 * submission counts as sent without JavaScript and goes through the stricter limits.
 */
import { createHmac } from 'node:crypto';
import { createChallenge, randomInt, verifySolution, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

export const CHALLENGE_TTL_MS = 30 * 60_000;
/** PBKDF2 iterations per attempt, and the range of attempts the browser needs. */
const COST = 1_000;
const COUNTER: [number, number] = [1_000, 4_000];
/** The payload is base64 of a small JSON object; anything longer is not one. */
const MAX_PAYLOAD = 4096;

function secrets(secret: string) {
  const derive = (label: string) => createHmac('sha256', secret).update(`altcha:${label}`).digest('base64url');
  return { hmacSignatureSecret: derive('signature'), hmacKeySignatureSecret: derive('key') };
}

export async function newChallenge(secret: string, now: Date): Promise<Challenge> {
  return createChallenge({
    algorithm: 'PBKDF2/SHA-256',
    cost: COST,
    counter: randomInt(COUNTER[1], COUNTER[0]),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    ...secrets(secret),
  });
}

/** The challenge's signature if the payload holds a valid solution, else undefined. Never throws. */
export async function verifyPayload(secret: string, payload: string | null): Promise<string | undefined> {
  if (!payload || payload.length > MAX_PAYLOAD) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      challenge?: Challenge;
      solution?: Parameters<typeof verifySolution>[0]['solution'];
    };
    if (!decoded?.challenge?.parameters || !decoded.solution || typeof decoded.challenge.signature !== 'string') {
      return undefined;
    }
    const result = await verifySolution({
      challenge: decoded.challenge,
      solution: decoded.solution,
      deriveKey,
      ...secrets(secret),
    });
    return result.verified ? decoded.challenge.signature : undefined;
  } catch {
    return undefined;
  }
}
