/** How the site names itself to browsers and search engines (every page's title and description). */
export const siteMetadata = {
  title: 'gateway-doctor: fix a 502 Bad Gateway',
  /** A page's own title, then the site's name. */
  titleTemplate: '%s · gateway-doctor',
  description:
    'Seeing 502 Bad Gateway? Answer a few questions to find out whether it is you or the site, the likely cause, and the fix for your stack.',
};

/** The standalone site's chrome (skip link, header, footer) and its smallest pages. */
export const siteChrome = {
  skip: 'Skip to content',
  name: 'gateway-doctor',
  /** The navigation landmark. */
  nav: 'Site',
  diagnose: 'Start a diagnosis',
  causes: 'Causes',
  faq: 'FAQ',
  privacy: 'Nothing you answer leaves this site: your answers live only in the page address.',
  glossary: 'Glossary',
  map: 'Map of all questions',
};

export const faqPage = {
  title: 'Questions people ask about 502 errors',
};

export const glossaryPage = {
  title: 'Glossary',
};

/** Any address the site does not have. */
export const notFoundPage = {
  title: 'Page not found',
  body: 'There is nothing at this address. It may have been mistyped, or the link may be out of date.',
  home: 'Start page',
  causes: 'All causes of a 502',
};
