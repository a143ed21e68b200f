// Turns what the user typed into a hostname we can ask host permission for.

/** "https://Jobs.Example.com/path" or "jobs.example.com" → "jobs.example.com"; null when not a site. */
export function normalizeSite(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (host.length > 253) return null;
  const labels = host.split('.');
  const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
  const validLabels = labels.every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
  if (!ipv4 && (labels.length < 2 || !validLabels)) return null;
  return host;
}

/**
 * Match patterns for one site, used both for the optional host permission and for the automatic-scan
 * registration: the host and its subdomains ("site.com" covers "www.site.com", as the content script assumes).
 */
export function originsFor(host: string): string[] {
  const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
  return ip ? [`*://${host}/*`] : [`*://${host}/*`, `*://*.${host}/*`];
}
