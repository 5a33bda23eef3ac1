// Paths from the request that we write back into links (the language switch). A path such as
// `//evil.example/x` or `/\evil.example` would be a link to another site (protocol-relative), so
// runs of slashes and backslashes become one slash and the path always starts with one.

/**
 * The request path as a link on this site: one leading slash, no `//` or `\` anywhere.
 *
 * @example
 * localPath("//evil.example/x"); // "/evil.example/x"
 * localPath("/vacatures/lid"); // "/vacatures/lid"
 */
export function localPath(path: string): string {
  const collapsed = path.replace(/[\\/]+/g, "/");
  return collapsed.startsWith("/") ? collapsed : `/${collapsed}`;
}
