/**
 * The Content-Security-Policy every page yjplan writes carries in a <meta>
 * tag, the website's pages and the print page alike: no script at all, and
 * nothing from another host. A <meta> policy covers only the HTML page it is
 * in; docs/security.md gives the headers a host should send for every file.
 */
export const contentSecurityPolicy = "default-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";
