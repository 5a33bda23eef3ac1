// One section per area; each renders its part of RULES.md from the area's public data.
export const sections: ReadonlyArray<() => string> = [];
