import { vitestConfig } from "@raadswerk/vitest-config";

// PGlite takes seconds to start and a PostgreSQL server is started per file: generous timeouts.
export default vitestConfig({ testTimeout: 30_000, hookTimeout: 120_000, fileParallelism: false });
