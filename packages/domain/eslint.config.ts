import { base } from "@raadswerk/eslint-config";
import { domainPurity } from "@raadswerk/eslint-config/domain";

export default [...base(import.meta.dirname), ...domainPurity];
