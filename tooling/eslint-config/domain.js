// Purity rules for @raadswerk/domain: no clock, environment, network, files or framework imports.
import { builtinModules } from "node:module";

const allowedBare = ["zod", "date-fns", "@date-fns/tz", "@date-fns/utc"];

/** @type {import("eslint").Linter.Config[]} */
export const domainPurity = [
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/test.ts", "src/**/*.test.ts", "src/**/test/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: builtinModules.map((name) => ({ name, message: "The domain package is pure: no Node built-ins." })),
          patterns: [
            { group: ["node:*"], message: "The domain package is pure: no Node built-ins." },
            {
              regex: `^(?!\\.{1,2}/|(${allowedBare.join("|")})(/|$))`,
              message: "The domain package imports only zod, date-fns (with @date-fns/tz and @date-fns/utc) and its own files (no apps, frameworks or I/O).",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["process", "fetch", "window", "document", "navigator", "localStorage", "Buffer", "require", "setTimeout", "setInterval", "XMLHttpRequest", "crypto", "performance", "chrome"].map(
          (name) => ({ name, message: `The domain package is pure: pass what "${name}" would give as an argument.` }),
        ),
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "No clock in the domain: take today's date as a CalendarDate argument." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "No clock in the domain: take today's date as a CalendarDate argument." },
        { selector: "NewExpression[callee.name='TZDate'][arguments.length<2]", message: "No clock in the domain: new TZDate() without a time reads the clock; pass the instant." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "The domain is deterministic: no Math.random()." },
        { selector: "MemberExpression[object.name='globalThis']", message: "The domain package does not reach for globals." },
        { selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']", message: 'Import zod as a namespace (import * as z from "zod") so bundlers can drop what is unused.' },
      ],
    },
  },
];
