import { base } from "@raadswerk/eslint-config";

export default base(import.meta.dirname);
