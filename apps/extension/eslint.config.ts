import { base } from "@raadswerk/eslint-config";

export default [
  ...base(import.meta.dirname),
  {
    // Extension pages and the content script build every node with createElement/textContent:
    // page text is never parsed as HTML.
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Never insert text as HTML: create elements and text nodes." },
        { property: "outerHTML", message: "Never insert text as HTML: create elements and text nodes." },
        { property: "insertAdjacentHTML", message: "Never insert text as HTML: create elements and text nodes." },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
];
