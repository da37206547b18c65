// The message protocol between an embedded widget and its host page, version 1. The host-side half
// is public/embed.js; both check origins on every message.
import { z } from '@/api/zod';

export const EMBED_PROTOCOL = 'cx-embed';
export const EMBED_PROTOCOL_VERSION = 1;

const envelope = {
  protocol: z.literal(EMBED_PROTOCOL),
  version: z.literal(EMBED_PROTOCOL_VERSION),
};

/** Messages a host may send to an embed. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  z.object({
    ...envelope,
    type: z.literal('set-theme'),
    theme: z.enum(['light', 'dark', 'auto', 'high-contrast']),
  }),
  z.object({
    ...envelope,
    type: z.literal('set-view'),
    unit: z.optional(z.string().check(z.minLength(1))),
    range: z.optional(z.string().check(z.minLength(1))),
    from: z.optional(z.string()),
    to: z.optional(z.string()),
  }),
  z.object({
    ...envelope,
    type: z.literal('set-token'),
    token: z.string().check(z.minLength(1), z.maxLength(8192)),
  }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** Messages an embed sends to its host. */
export type EmbedMessage =
  | { type: 'ready'; widget: string }
  | { type: 'height'; height: number }
  | { type: 'token-request'; reason: 'expired' | 'missing' }
  | { type: 'error'; message: string };

export function envelopeOf(message: EmbedMessage) {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, ...message };
}

/**
 * The origin of the page that frames this one, if it is allowed; null when not framed or not
 * allowed. Messages to the host go to this origin only, never to '*'.
 */
export function allowedHostOrigin(allowedOrigins: readonly string[]): string | null {
  if (window.parent === window) return null;
  const ancestor = location.ancestorOrigins?.[0];
  let origin = ancestor ?? null;
  if (!origin && document.referrer) {
    try {
      origin = new URL(document.referrer).origin;
    } catch {
      origin = null;
    }
  }
  return origin && allowedOrigins.includes(origin) ? origin : null;
}

/** The framing page's origin as far as it can be told, for messages that name it. */
export function framingOrigin(): string | null {
  if (window.parent === window) return null;
  try {
    return (
      location.ancestorOrigins?.[0] ??
      (document.referrer ? new URL(document.referrer).origin : null)
    );
  } catch {
    return null;
  }
}
