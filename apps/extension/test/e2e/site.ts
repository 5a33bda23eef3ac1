// A local test site served over real HTTP on 127.0.0.1 (allowed in the test build) — also reachable
// as "localhost", which the test build has no access to.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A proposed decision as a provider would write it: touches advice (merger) and consent (complaints regulation). */
export const DECISION_TEXT =
  "Voorgenomen besluit: de raad van bestuur wil per 1 januari fuseren met Zorggroep Oost. Ook willen wij de klachtenregeling wijzigen.";

const page = (title: string, body: string): string => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222} code,pre{background:#f3f3f3}</style>
</head><body>${body}</body></html>`;

const pages: Record<string, string> = {
  "/decision.html": page(
    "Agenda cliëntenraad",
    `<h1>Agenda vergadering cliëntenraad</h1>
<p>Agendapunt 3.</p>
<p id="decision">${DECISION_TEXT}</p>
<p>Agendapunt 4: rondvraag.</p>`,
  ),
  "/terms.html": page(
    "Intranet: medezeggenschap",
    `<h1>Medezeggenschap bij Zorggroep West</h1>
<p id="intro">De cliëntenraad heeft instemmingsrecht op de medezeggenschapsregeling. Bij een geschil beslist de commissie van vertrouwenslieden.</p>
<p id="second">Ook de centrale cliëntenraad heeft instemmingsrecht.</p>
<form><label for="notes">Notities</label><textarea id="notes">instemmingsrecht in een tekstvak</textarea>
<label for="field">Onderwerp</label><input id="field" value="instemmingsrecht in een invoerveld"></form>
<div id="editor" contenteditable="true">instemmingsrecht in een bewerkbaar blok</div>
<pre id="code">const instemmingsrecht = true;</pre>
<p id="inline-code">Zie <code>instemmingsrecht</code> in de code.</p>
<div id="later"></div>`,
  ),
};

/** The running test site. */
export type TestSite = { readonly port: number; url(path: string, host?: "127.0.0.1" | "localhost"): string; close(): Promise<void> };

/**
 * Starts the test site on a free port.
 *
 * @example
 * const site = await startSite(); site.url("/terms.html"); // "http://127.0.0.1:40123/terms.html"
 */
export async function startSite(): Promise<TestSite> {
  const server: Server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? "/", "http://x").pathname];
    response.writeHead(body === undefined ? 404 : 200, { "content-type": "text/html; charset=utf-8" });
    response.end(body ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path, host = "127.0.0.1") => `http://${host}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
