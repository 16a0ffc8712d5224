import sanitizeHtml from 'sanitize-html';

/**
 * The markup an item's body may keep: structure, emphasis, lists, tables, links and images. Scripts, styles,
 * frames, forms and every event handler are dropped; links may only be http(s), mailto or site-relative, and
 * images only the site's own uploaded files.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'table',
    'caption',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'figure',
    'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  exclusiveFilter: (frame) => frame.tag === 'img' && !/^\/files\/\d+(\/[^/?#]*)?$/.test(frame.attribs.src ?? ''),
  transformTags: {
    // Links that leave the site open without handing it the opener.
    a: (tagName, attribs) =>
      /^https?:/i.test(attribs.href ?? '')
        ? { tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }
        : { tagName, attribs },
    b: 'strong',
    i: 'em',
  },
};

export function sanitizeBody(dirty: string): string {
  return sanitizeHtml(dirty, options).trim();
}

/** The words of a sanitised body, for search and summaries: tags gone, entities read, space collapsed. */
export function textOf(body: string): string {
  return sanitizeHtml(body.replace(/<\/(p|h\d|li|tr|td|th|blockquote|figcaption)>|<br\s*\/?>/gi, '$& '), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The uploaded files a body's images use. */
export function imageIdsOf(body: string): number[] {
  return [...new Set([...body.matchAll(/<img[^>]*\ssrc="\/files\/(\d+)/g)].map((m) => Number(m[1])))];
}
