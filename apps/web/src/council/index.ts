// The council side: login required for everything under /raad except the login page itself.
import { Hono } from "hono";
import type { AppDeps } from "../server.js";
import { accountRoutes } from "./account.js";
import { applicationRoutes } from "./applications.js";
import { auditRoutes } from "./audit-log.js";
import { authRoutes, requireSession } from "./auth/routes.js";
import type { CouncilEnv } from "./context.js";
import { onboardingRoutes } from "./onboarding.js";
import { profileRoutes } from "./profile.js";
import { rulesRoutes } from "./rules.js";
import { scheduleRoutes } from "./schedule.js";
import { wmczSettingsRoutes } from "./wmcz-settings.js";

export { runPurge, startPurgeSchedule } from "./purge.js";

/** Every council route, mounted at the app's root (paths start with /raad). */
export function councilRoutes(deps: AppDeps): Hono<CouncilEnv> {
  const app = new Hono<CouncilEnv>();
  app.use("/raad", requireSession(deps));
  app.use("/raad/*", requireSession(deps));
  app.route("/", authRoutes(deps));
  app.route("/", profileRoutes(deps));
  app.route("/", scheduleRoutes(deps));
  app.route("/", applicationRoutes(deps));
  app.route("/", onboardingRoutes(deps));
  app.route("/", rulesRoutes(deps));
  app.route("/", wmczSettingsRoutes(deps));
  app.route("/", auditRoutes(deps));
  app.route("/", accountRoutes(deps));
  return app;
}
