// Story slugs: URL-safe (the content parser's rules: lowercase letters, digits and dashes, at most
// 60 characters), made from the headline, unique within the archive by a numeric suffix.

/** Longest slug the article model accepts. */
const maxSlug = 60;

/** Kebab-case slug from a headline, cut at a word boundary; '' when it has no Latin letters or digits. */
export function slugFromHeadline(headline: string): string {
  const kebab = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cut(kebab, maxSlug);
}

/** `slug` shortened to `max` characters, at a dash when there is one. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const dash = head.lastIndexOf('-');
  return (dash > max / 2 ? head.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** The first of `base`, `base-2`, `base-3`... that `taken` does not hold (each within 60 characters). */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${cut(base, maxSlug - suffix.length)}${suffix}`;
    if (!(await taken(candidate))) return candidate;
  }
}
