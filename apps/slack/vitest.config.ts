import { vitestConfig } from "@raadswerk/vitest-config";

export default vitestConfig({ testTimeout: 30_000, hookTimeout: 60_000 });
