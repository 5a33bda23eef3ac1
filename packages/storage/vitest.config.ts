import { vitestConfig } from "@raadswerk/vitest-config";

export default vitestConfig();
