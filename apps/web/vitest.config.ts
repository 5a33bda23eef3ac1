import { vitestConfig } from "@raadswerk/vitest-config";

// Real servers, real databases and a real browser: generous timeouts, one file at a time on 2 cores.
export default vitestConfig({ testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false });
