// In the browser bundle, zod's list of every locale is replaced by the one it uses by default
// (English issue texts are never shown: the app shows its own codes' texts). Saves ~250 KB.
export { default as en } from "zod/v4/locales/en.js";
