/**
 * A logger for Bolt and the app that writes one JSON line per event. Log lines carry codes and
 * Slack's technical ids at most, never what people typed: being a client of a care provider is
 * health data.
 */
import { LogLevel, type Logger } from "@slack/bolt";

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Where log lines go; tests pass an array's push. */
export type LogSink = (line: string) => void;

/** Bolt's logger interface with a fixed level. */
export type AppLogger = Logger;

// Slack ids and secrets that may appear in library messages are masked anyway.
const MASKS: readonly [RegExp, string][] = [
  [/xox[a-z]-[A-Za-z0-9-]+/g, "xox?-***"],
  [/xapp-[A-Za-z0-9-]+/g, "xapp-***"],
];

function clean(value: unknown): string {
  const text = value instanceof Error ? `${value.name}: ${value.message}` : typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return MASKS.reduce((acc, [pattern, mask]) => acc.replace(pattern, mask), text).slice(0, 500);
}

/**
 * Creates a logger. Messages are shortened to 500 characters and tokens masked.
 *
 * @example
 * const lines: string[] = [];
 * createLogger("info", (l) => lines.push(l)).warn("request_rejected");
 * // lines[0] === '{"level":"warn","name":"raadswerk-slack","msg":"request_rejected"}'
 */
export function createLogger(level: `${LogLevel}` = "info", sink: LogSink = (line) => console.log(line)): AppLogger {
  let current = level as LogLevel;
  let name = "raadswerk-slack";
  const write = (at: LogLevel, messages: unknown[]): void => {
    if (ORDER[at] < ORDER[current]) return;
    sink(JSON.stringify({ level: at, name, msg: messages.map(clean).join(" ") }));
  };
  return {
    debug: (...m: unknown[]) => write(LogLevel.DEBUG, m),
    info: (...m: unknown[]) => write(LogLevel.INFO, m),
    warn: (...m: unknown[]) => write(LogLevel.WARN, m),
    error: (...m: unknown[]) => write(LogLevel.ERROR, m),
    setLevel: (l: LogLevel) => {
      current = l;
    },
    getLevel: () => current,
    setName: (n: string) => {
      name = n;
    },
  };
}
