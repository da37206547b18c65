// Stands in for tldts in the build. tldts is the public-suffix list (~200 kB minified, over 40% of
// the mock's code), which tough-cookie, MSW's cookie jar, asks for a host's registrable domain when
// it looks up cookies for a request. The mock never sets a cookie and the app sends none
// (`credentials: 'omit'`), so the jar is always empty and the answer changes nothing; parsing and
// building the list cost every mock-mode page load ~25 ms before the mock could start. Only
// tough-cookie imports tldts (checked by mocks/stubs/tldts.test.ts); the app's code never does.

/**
 * The registrable domain of a host, approximately: its last two labels ("example.com" for
 * "api.example.com"); null for an IP address or a single label ("localhost"), as tldts answers.
 */
export function getDomain(hostname: string | null | undefined): string | null {
  if (!hostname) return null;
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (/^[\d.]+$/.test(host) || host.includes(':')) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
