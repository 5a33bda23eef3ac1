import { vitestConfig } from "@raadswerk/vitest-config";

// End-to-end: the built test extension in Debian's Chromium. One browser at a time on 2 cores.
export default vitestConfig({
  include: ["test/e2e/**/*.test.ts"],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  fileParallelism: false,
  // A busy machine can be slow to render: poll for up to 15 s before failing.
  expect: { poll: { timeout: 15_000, interval: 100 } },
});
