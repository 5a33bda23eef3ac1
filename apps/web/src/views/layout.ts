import type { Assets } from "../assets/index.js";
import type { Locale } from "../i18n/index.js";
import { ui } from "../i18n/index.js";
import { type Html, html, when } from "./html.js";
import { localPath } from "../security/local-path.js";

export type PageOptions = {
  readonly locale: Locale;
  readonly title: string;
  /** The request path without query, for the language switch. */
  readonly path: string;
  readonly assets: Assets;
  readonly current?: "vacancies" | "rights";
  /** Shows the demo banner. */
  readonly demo?: boolean;
  /** Adds the live-check script. */
  readonly script?: boolean;
  /** Prefixes the title with "Fout" so screen-reader users hear it first. */
  readonly hasErrors?: boolean;
  /** Menu items that replace the public ones (the council side's menu). */
  readonly nav?: Html;
  /** A wider page for tables and the timeline (the council side). */
  readonly wide?: boolean;
};

/** The page around every view: skip link, header with menu and language switch, main, footer. */
export function layout(options: PageOptions, body: Html): Html {
  const t = ui(options.locale);
  const other: Locale = options.locale === "nl" ? "en" : "nl";
  const title = `${options.hasErrors === true ? `${t.titleErrorPrefix}: ` : ""}${options.title} – ${t.siteName}`;
  const nav = (key: "vacancies" | "rights", href: string, label: string) =>
    html`<li><a class="utrecht-link utrecht-link--html-a" href="${href}" ${options.current === key ? html`aria-current="page"` : ""}>${label}</a></li>`;
  return html`<!doctype html>
<html lang="${options.locale}" class="voorbeeld-theme utrecht-root">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${options.assets.css.path}">
${when(options.script === true && options.assets.applyJs !== undefined, () => html`<script src="${options.assets.applyJs?.path ?? ""}" defer></script>`)}
</head>
<body class="utrecht-document utrecht-document--surface">
<a class="rw-skip utrecht-link utrecht-link--html-a" href="#inhoud">${t.skipLink}</a>
${when(options.demo === true, () => html`<div class="rw-demo" role="note"><div class="rw-container">${t.demoBanner}</div></div>`)}
<header class="rw-header">
  <div class="rw-container${options.wide === true ? " rw-container--wide" : ""}">
    <a class="rw-brand utrecht-link utrecht-link--html-a" href="/">${t.siteName}</a>
    <nav class="rw-nav" aria-label="${t.navLabel}">
      <ul>
        ${options.nav ?? html`${nav("vacancies", "/", t.navVacancies)}${nav("rights", "/rechtenwijzer", t.navRights)}`}
        <li><a class="utrecht-link utrecht-link--html-a" href="${localPath(options.path)}?lang=${other}" lang="${other}" hreflang="${other}" aria-label="${t.switchLanguageLabel}">${t.switchLanguage}</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="inhoud" class="rw-main" tabindex="-1">
  <div class="rw-container rw-stack${options.wide === true ? " rw-container--wide" : ""}">
${body}
  </div>
</main>
<footer class="rw-footer">
  <div class="rw-container"><p class="utrecht-paragraph">${t.footer}</p></div>
</footer>
</body>
</html>`;
}
