// Dutch test pages for the marking bench: a 1 MB policy document and a page of 5,000 paragraphs.

const sentences = [
  "De cliëntenraad heeft instemmingsrecht op de medezeggenschapsregeling en op de klachtenregeling.",
  "De zorgaanbieder vraagt de raad om advies over de begroting en de jaarrekening.",
  "Bij een geschil kan de raad naar de commissie van vertrouwenslieden gaan.",
  "Wij willen de huisregels van locatie De Linde aanpassen, zodat bezoek ook in de avond kan komen.",
  "Het team bespreekt het zorgplan twee keer per jaar met de cliënt en zijn vertegenwoordiger.",
  "De centrale cliëntenraad vergadert zes keer per jaar met de raad van bestuur.",
  "Het adviesrecht geldt ook voor een fusie of een duurzame samenwerking met een andere organisatie.",
  "In de nieuwe nota staat hoe wij de kwaliteit van zorg willen verbeteren.",
  "Medewerkers krijgen een nieuwe cursus over veilig werken met medicijnen.",
  "De ondersteuner van de cliëntenraad maakt het verslag van elke vergadering.",
  "Het gebouw aan de Dorpsstraat wordt vanaf het voorjaar verbouwd.",
  "Cliënten en familie kunnen hun mening geven in een korte enquête.",
  "De raad van toezicht houdt toezicht op het bestuur van de organisatie.",
  "Na de verbouwing komen er meer eenpersoonskamers met een eigen badkamer.",
  "De maaltijden worden voortaan op de locatie zelf gekookt.",
  "Wij zoeken nieuwe leden voor de cliëntenraad; iedereen die betrokken is mag reageren.",
];

function paragraph(seed: number, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentences[(seed * 7 + i * 3) % sentences.length]!);
  return parts.join(" ");
}

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const shell = (title: string, body: string): string =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** A policy document of about `bytes` bytes: sections, paragraphs, lists, a table and a code block now and then. */
export function largeDutchPage(bytes = 1_000_000): string {
  const chunks: string[] = [];
  let size = 0;
  for (let section = 0; size < bytes; section++) {
    let html = `<section><h2>Hoofdstuk ${section + 1}: medezeggenschap in de praktijk</h2>`;
    for (let p = 0; p < 6; p++) html += `<p>${escapeHtml(paragraph(section * 6 + p, 5))}</p>`;
    html += `<ul>${[0, 1, 2].map((i) => `<li>${escapeHtml(sentences[(section + i) % sentences.length]!)}</li>`).join("")}</ul>`;
    if (section % 5 === 0) html += `<table><tr><td>Onderwerp</td><td>instemmingsrecht</td></tr><tr><td>Bron</td><td>Wmcz 2018</td></tr></table>`;
    if (section % 7 === 0) html += `<pre><code>const cliëntenraad = "niet markeren";</code></pre><textarea>instemmingsrecht in een formulier</textarea>`;
    html += "</section>";
    chunks.push(html);
    size += Buffer.byteLength(html);
  }
  return shell("Beleidsplan", chunks.join(""));
}

/** A page of `count` short paragraphs (a long discussion thread or agenda archive). */
export function manyParagraphsPage(count = 5_000): string {
  const body = Array.from({ length: count }, (_, i) => `<p>${escapeHtml(paragraph(i, 1 + (i % 3)))}</p>`).join("");
  return shell("Archief", body);
}
