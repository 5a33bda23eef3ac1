import { vitestConfig } from "@raadswerk/vitest-config";

// Real servers, real databases and a real browser: one file at a time (2 cores), slow steps allowed.
export default vitestConfig({ testTimeout: 60_000, fileParallelism: false });
