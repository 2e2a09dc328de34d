// The Content-Security-Policy of every page and embed (also sent by public/_headers, which a test
// keeps equal to it): scripts, styles and data from the site only, so no inline code can run.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
