// The public FAQ (German), one file per group, in page order. Facts follow PRODUCT.md; the
// prices and SMS limits the answers quote are computed in ./facts.ts.
import type { FaqGroup } from "../faq-types";
import { ANMELDUNG_ZUGANG } from "./anmeldung-zugang";
import { EINRICHTUNG_PVS } from "./einrichtung-pvs";
import { EMPFANG } from "./empfang";
import { STATISTIK_ABRECHNUNG } from "./statistik-abrechnung";
import { VERSAND_ZUSTELLUNG } from "./versand-zustellung";
import { VORLAGEN } from "./vorlagen";

export const FAQ_GROUPS: FaqGroup[] = [ANMELDUNG_ZUGANG, EINRICHTUNG_PVS, VERSAND_ZUSTELLUNG, EMPFANG, STATISTIK_ABRECHNUNG, VORLAGEN];
