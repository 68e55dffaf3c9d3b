/** Hosts where each subdomain belongs to a different owner. */
const SHARED_HOSTS =
  /(?:^|\.)(?:github\.io|substack\.com|wordpress\.com|blogspot\.com|medium\.com|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|tumblr\.com|ghost\.io)$/;

/**
 * The registrable part of a host, near enough without the public-suffix list:
 * "blog.acme.co.uk" → "acme.co.uk", "www.freightledger.com" → "freightledger.com".
 */
export function siteOfHost(host: string): string {
  const h = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const parts = h.split('.');
  const tld = parts[parts.length - 1] ?? '';
  const sld = parts[parts.length - 2] ?? '';
  let n = tld.length === 2 && /^(?:co|com|org|net|ac|gov|edu|ne|or|go|ltd|plc)$/.test(sld) ? 3 : 2;
  if (SHARED_HOSTS.test(h)) n += 1;
  return parts.slice(-n).join('.');
}
